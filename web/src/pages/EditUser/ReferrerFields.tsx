import { Alert, Col, Form, Row } from 'antd';
import { useState } from 'react';
import { type LearnerOptions, settingOf } from '../../api/learners';
import { AddButton } from '../../components/AddButton';
import { ChoiceField } from '../../components/ChoiceField';
import { NewAddressModal } from '../../components/NewAddressModal';
import { labelledOptions, namedOptions } from '../../components/options';
import { NewContactModal } from './NewContactModal';

interface Props {
  options: LearnerOptions;
  loading: boolean;
  /** The referrer the learner had when the page loaded. */
  initialReferrerId: number | null;
}

/** The referrer organisation, one of its addresses and one of its contacts (each addable). */
export function ReferrerFields({ options, loading, initialReferrerId }: Props) {
  const form = Form.useFormInstance();
  const referrerId = Form.useWatch<number | null | undefined>('referrerId', form) ?? null;
  const [adding, setAdding] = useState<'address' | 'contact' | null>(null);
  const referrer = options.referrers.find((one) => one.id === referrerId) ?? null;
  if (settingOf(options, 'referrer') === 'hidden') return null;
  const placeholder = referrerId ? 'Choose…' : 'Choose the referrer first.';
  return (
    <>
      {referrerId !== initialReferrerId && (
        <Alert
          type="warning"
          showIcon
          className="form-alert"
          title="Changing the referrer leaves the learner’s groups and case owner as they are. If those should change too, update them on this page before saving."
        />
      )}
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <ChoiceField
            name="referrerId"
            label="Referrer"
            setting={settingOf(options, 'referrer')}
            options={namedOptions(options.referrers)}
            loading={loading}
            onChange={() =>
              form.setFieldsValue({ referrerAddressId: null, referrerContactId: null })
            }
          />
        </Col>
        <Col xs={24} md={12}>
          <ChoiceField
            name="referrerAddressId"
            label="Referrer address"
            setting={settingOf(options, 'referrerAddress')}
            options={labelledOptions(options.referrerAddresses)}
            loading={loading}
            placeholder={placeholder}
            addon={
              <AddButton
                label={referrer ? `New address for ${referrer.name}` : 'New referrer address'}
                disabled={!referrer}
                onClick={() => setAdding('address')}
              />
            }
          />
        </Col>
        <Col xs={24} md={12}>
          <ChoiceField
            name="referrerContactId"
            label="Referrer contact"
            setting={settingOf(options, 'referrerContact')}
            options={labelledOptions(options.referrerContacts)}
            loading={loading}
            placeholder={placeholder}
            addon={
              <AddButton
                label={referrer ? `New contact at ${referrer.name}` : 'New referrer contact'}
                disabled={!referrer}
                onClick={() => setAdding('contact')}
              />
            }
          />
        </Col>
      </Row>
      <NewAddressModal
        open={adding === 'address'}
        organisation={referrer ? { id: referrer.id, role: 'referrer' } : null}
        onClose={() => setAdding(null)}
        onCreated={(id) => {
          setAdding(null);
          form.setFieldsValue({ referrerAddressId: id });
        }}
      />
      <NewContactModal
        open={adding === 'contact'}
        referrer={referrer}
        onClose={() => setAdding(null)}
        onCreated={(id) => {
          setAdding(null);
          form.setFieldsValue({ referrerContactId: id });
        }}
      />
    </>
  );
}
