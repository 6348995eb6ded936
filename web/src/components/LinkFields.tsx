import { Col, Form, Input, Row } from 'antd';
import { type LearnerOptions, settingOf } from '../api/learners';
import { ChoiceField, requiredWhen } from './ChoiceField';
import { EmployerFields } from './EmployerFields';
import { namedOptions, type Option } from './options';

interface Props {
  options: LearnerOptions | undefined;
  loading: boolean;
  caseOwnerOptions: Option[];
  /** Said under the case owner, such as why it was emptied. */
  caseOwnerNote?: string;
  /** No administrator at all qualifies for the chosen groups: the case owner may stay empty. */
  nobodyQualifies: boolean;
}

export const NOBODY_QUALIFIES_NOTE =
  'No administrator has access to the chosen groups, so the learner can be saved without a case owner.';

/** Case owner, learning provider, employer links, reference number and minimum rate of pay. */
export function LinkFields(props: Props) {
  const { options, loading, caseOwnerOptions, caseOwnerNote, nobodyQualifies } = props;
  const reference = settingOf(options, 'referenceNumber');
  const template = options?.referenceTemplate;
  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <ChoiceField
            name="caseOwnerId"
            label="Case owner"
            options={caseOwnerOptions}
            loading={loading}
            placeholder="-no owner-"
            setting={nobodyQualifies ? 'visible' : 'mandatory'}
            help={
              caseOwnerNote ??
              (nobodyQualifies
                ? NOBODY_QUALIFIES_NOTE
                : 'Administrators with access to at least one of the chosen groups.')
            }
            unavailableLabel="No access to the chosen groups"
          />
        </Col>
        <Col xs={24} md={12}>
          <ChoiceField
            name="learningProviderId"
            label="Learning provider"
            setting={settingOf(options, 'learningProvider')}
            options={namedOptions(options?.learningProviders)}
            loading={loading}
          />
        </Col>
      </Row>
      <EmployerFields options={options} loading={loading} />
      <Row gutter={16}>
        {reference !== 'hidden' && (
          <Col xs={24} md={12}>
            <Form.Item
              name="referenceNumber"
              label="Reference number"
              extra={
                template
                  ? `The programme numbers its learners ${template.prefix} followed by ${template.digits} digits when it is applied to a learner with no reference number; a number typed here is kept as it is.`
                  : undefined
              }
              rules={[
                ...requiredWhen(reference, 'Reference number'),
                { max: 255, message: 'Use at most 255 characters.' },
              ]}
            >
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
        )}
        <Col xs={24} md={12}>
          <ChoiceField
            name="minRateOfPay"
            label="Minimum rate of pay"
            setting={settingOf(options, 'minRateOfPay')}
            options={options?.minRatesOfPay ?? []}
            loading={loading}
          />
        </Col>
      </Row>
    </>
  );
}
