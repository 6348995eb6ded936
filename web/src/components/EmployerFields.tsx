import { Col, Form, Row } from 'antd';
import { useState } from 'react';
import { type LearnerOptions, settingOf } from '../api/learners';
import { AddButton } from './AddButton';
import { ChoiceField } from './ChoiceField';
import { NewAddressModal } from './NewAddressModal';
import { OrganisationModal } from './OrganisationModal';
import { labelledOptions, namedOptions, personOptions } from './options';

interface Props {
  options: LearnerOptions | undefined;
  loading: boolean;
}

/**
 * Employer, one of its addresses (or a new one), and the manager and mentor: employer users of
 * that employer who share a group with the learner. Changing the employer clears the rest.
 */
export function EmployerFields({ options, loading }: Props) {
  const form = Form.useFormInstance();
  const employerId = Form.useWatch<number | null | undefined>('employerId', form);
  const [adding, setAdding] = useState(false);
  const [addingEmployer, setAddingEmployer] = useState(false);
  const employerName = options?.employers.find((one) => one.id === employerId)?.name;
  const noEmployer = 'Choose the employer first.';
  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <ChoiceField
          name="employerId"
          label="Employer"
          setting={settingOf(options, 'employer')}
          options={namedOptions(options?.employers)}
          loading={loading}
          onChange={() =>
            form.setFieldsValue({ employerAddressId: null, managerId: null, mentorId: null })
          }
          addon={
            <AddButton label="Add employer organisation" onClick={() => setAddingEmployer(true)} />
          }
        />
      </Col>
      <Col xs={24} md={12}>
        <ChoiceField
          name="employerAddressId"
          label="Employer address"
          setting={settingOf(options, 'employerAddress')}
          options={labelledOptions(options?.employerAddresses)}
          loading={loading}
          placeholder={employerId ? 'Choose…' : noEmployer}
          addon={
            <AddButton
              label={employerName ? `New address for ${employerName}` : 'New employer address'}
              disabled={!employerId}
              onClick={() => setAdding(true)}
            />
          }
        />
      </Col>
      <Col xs={24} md={12}>
        <ChoiceField
          name="managerId"
          label="Manager"
          setting={settingOf(options, 'manager')}
          options={personOptions(options?.managers)}
          loading={loading}
          placeholder={employerId ? 'Choose…' : noEmployer}
        />
      </Col>
      <Col xs={24} md={12}>
        <ChoiceField
          name="mentorId"
          label="Mentor"
          setting={settingOf(options, 'mentor')}
          options={personOptions(options?.mentors)}
          loading={loading}
          placeholder={employerId ? 'Choose…' : noEmployer}
        />
      </Col>
      <OrganisationModal
        open={addingEmployer}
        mode={{ kind: 'create', type: 'employer', typeFixed: true }}
        title="Add employer organisation"
        intro="The employer is saved at once and chosen for this learner. Its managers and mentors are its employer users: once they have accounts, choose them here."
        onClose={() => setAddingEmployer(false)}
        onSaved={({ id, addressId }) => {
          setAddingEmployer(false);
          form.setFieldsValue({
            employerId: id,
            employerAddressId: addressId,
            managerId: null,
            mentorId: null,
          });
        }}
      />
      <NewAddressModal
        open={adding}
        organisation={employerId ? { id: employerId, role: 'employer' } : null}
        onClose={() => setAdding(false)}
        onCreated={(id) => {
          setAdding(false);
          form.setFieldsValue({ employerAddressId: id });
        }}
      />
    </Row>
  );
}
