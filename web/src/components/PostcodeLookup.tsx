import { Button, Col, Form, Select, Typography } from 'antd';
import { useId, useState } from 'react';
import { ApiError } from '../api/client';
import { lookUpPostcode, type PostcodeLocation, usePostcodeLookupEnabled } from '../api/postcodes';
import { UNITED_KINGDOM } from './countries';

type Key = 'postcode' | 'town' | 'county' | 'country';

interface Props {
  nameOf: (key: Key) => string[];
  /** Fields the form does not show are not filled in. */
  shown: (key: Key) => boolean;
  disabled?: boolean;
}

const NOT_AVAILABLE = 'Address lookup is not available just now: enter the address yourself.';

/**
 * "Lookup" beside a postcode: fills town, county and country from the one place the postcode
 * names, or offers "Select location" when it names several. Only for the United Kingdom, and
 * only when the server has a lookup service; otherwise the address is typed as usual, and a
 * service that does not answer says so and leaves the fields as they are.
 */
export function PostcodeLookup({ nameOf, shown, disabled }: Props) {
  const form = Form.useFormInstance();
  const enabled = usePostcodeLookupEnabled();
  const country = Form.useWatch<string | null | undefined>(nameOf('country'), form);
  const [places, setPlaces] = useState<PostcodeLocation[]>([]);
  const [note, setNote] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const selectId = useId();
  const inUk = !shown('country') || !country || country === UNITED_KINGDOM;
  if (!enabled || !inUk || disabled) return null;

  const fill = (place: PostcodeLocation) => {
    const values: Partial<Record<Key, string | null>> = {
      postcode: place.postcode,
      town: place.town,
      county: place.county,
      country: place.country,
    };
    for (const [key, value] of Object.entries(values) as [Key, string | null][])
      if (shown(key)) form.setFieldValue(nameOf(key), value);
    setNote(`Filled in from ${place.postcode}; add the street yourself.`);
  };

  const lookUp = async () => {
    const postcode = String(form.getFieldValue(nameOf('postcode')) ?? '').trim();
    setPlaces([]);
    if (!postcode) return setNote('Enter a postcode first, then choose Lookup.');
    setBusy(true);
    try {
      const found = await lookUpPostcode(postcode);
      const [only] = found;
      if (found.length === 1 && only) fill(only);
      else {
        setPlaces(found);
        setNote(`${found.length} places found: select a location.`);
      }
    } catch (error) {
      const status = error instanceof ApiError ? error.status : 0;
      setNote(
        status === 404
          ? `No address was found for ${postcode.toUpperCase()}: enter it yourself.`
          : status === 422
            ? 'Enter a postcode like LS1 4AP, or its first part like LS1.'
            : NOT_AVAILABLE,
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <Col xs={24} md={12}>
      <Form.Item label="Address lookup">
        <Button onClick={lookUp} loading={busy}>
          Lookup
        </Button>
        <Typography.Text role="status" className="lookup-note">
          {note ? ` ${note}` : ''}
        </Typography.Text>
      </Form.Item>
      {places.length > 1 && (
        <Form.Item label="Select location" htmlFor={selectId}>
          <Select
            id={selectId}
            placeholder="Choose…"
            options={places.map((place, index) => ({ value: index, label: place.label }))}
            onChange={(index: number) => {
              const place = places[index];
              if (place) fill(place);
            }}
          />
        </Form.Item>
      )}
    </Col>
  );
}
