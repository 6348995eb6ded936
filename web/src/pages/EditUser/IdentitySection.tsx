import { Col, Form, Input, Row, Typography } from 'antd';
import { type LearnerOptions, type OptionalField, settingOf } from '../../api/learners';
import type { UserRecord } from '../../api/user-types';
import { AddressFields } from '../../components/AddressFields';
import { requiredWhen } from '../../components/ChoiceField';
import {
  DateOfBirthField,
  EmailField,
  GenderField,
  MobileField,
  NameField,
} from '../../components/PersonFields';

interface Props {
  user: UserRecord;
  options: LearnerOptions;
  locked: ReadonlySet<string>;
}

/** Sign-in name, the person's details and their postal address. */
export function IdentitySection({ user, options, locked }: Props) {
  const prospect = user.subscriptionStatus === 'Prospect';
  const optionalText = (key: OptionalField, label: string, max: number) => {
    const setting = settingOf(options, key);
    if (setting === 'hidden') return null;
    return (
      <Col xs={24} md={12}>
        <Form.Item
          name={key}
          label={label}
          rules={[
            ...requiredWhen(setting, label),
            { max, message: `Use at most ${max} characters.` },
          ]}
        >
          <Input autoComplete="off" />
        </Form.Item>
      </Col>
    );
  };
  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name="username"
            label="Username"
            extra={
              prospect
                ? 'Optional while the learner is a Prospect; the email address is used when left empty.'
                : 'The learner signs in with this, so it cannot be left empty (only a Prospect may have none).'
            }
            rules={[
              { required: !prospect, whitespace: true, message: 'Enter a username.' },
              { max: 320, message: 'Use at most 320 characters.' },
            ]}
          >
            <Input autoComplete="off" spellCheck={false} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <div className="read-only-field">
            <Typography.Text strong>User type</Typography.Text>
            <div>Learner</div>
          </div>
        </Col>
        <Col xs={24} md={12}>
          <NameField name="firstName" label="First name" disabled={locked.has('firstName')} />
        </Col>
        <Col xs={24} md={12}>
          <NameField name="surname" label="Surname" disabled={locked.has('surname')} />
        </Col>
        {optionalText('preferredName', 'Preferred name', 50)}
        {optionalText('title', 'Title', 20)}
        <Col xs={24} md={12}>
          <EmailField
            required={!prospect}
            disabled={locked.has('email')}
            help="Roster sends its emails here. It must not be in use on another account."
          />
        </Col>
        {optionalText('personalEmail', 'Personal email', 320)}
        <Col xs={24} md={12}>
          <MobileField required={options.features.multiFactor} disabled={locked.has('mobile')} />
        </Col>
        <Col xs={24} md={12}>
          <DateOfBirthField disabled={locked.has('dateOfBirth')} />
        </Col>
        <Col xs={24} md={12}>
          <GenderField />
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="nationalInsuranceNumber"
            label="National Insurance number"
            extra="Two letters, six digits and a letter from A to D, like QQ 12 34 56 C."
            rules={[{ max: 20, message: 'Use at most 20 characters.' }]}
          >
            <Input autoComplete="off" spellCheck={false} />
          </Form.Item>
        </Col>
      </Row>
      <AddressFields
        prefix="address"
        settingOf={(key) => settingOf(options, key)}
        disabledOf={(key) => locked.has(`address.${key}`)}
      />
    </>
  );
}
