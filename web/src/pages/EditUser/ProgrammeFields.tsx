import { Col, Form, Radio, Row } from 'antd';
import { type LearnerOptions, settingOf } from '../../api/learners';
import {
  ADVICE_PACK_MODES,
  ADVICE_PACKS,
  type AdvicePack,
  type AdvicePackMode,
} from '../../api/user-types';
import { ChoiceField } from '../../components/ChoiceField';
import { namedOptions } from '../../components/options';

const packLabels: Record<AdvicePack, string> = {
  standard: 'Standard',
  professional: 'Professional',
};
const PACKS = ADVICE_PACKS.map((value) => ({ value, label: packLabels[value] }));
const modeLabels: Record<AdvicePackMode, string> = { default: 'Default', individual: 'Individual' };
const MODES = ADVICE_PACK_MODES.map((value) => ({ value, label: modeLabels[value] }));

/** Target programme (a note only: it enrols nobody) and, where the programme has advice, packs. */
export function ProgrammeFields({
  options,
  loading,
}: {
  options: LearnerOptions;
  loading: boolean;
}) {
  const mode = Form.useWatch<string | null | undefined>('advicePackMode');
  const { advice } = options;
  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <ChoiceField
          name="targetProgrammeId"
          label="Target programme"
          setting={settingOf(options, 'targetProgramme')}
          options={namedOptions(options.targetProgrammes)}
          loading={loading}
          help="A delivery programme offered by the chosen groups. Kept as a note: it does not enrol the learner."
          unavailableLabel="Not offered by the chosen groups"
        />
      </Col>
      {advice.enabled && (
        <Col xs={24} md={12}>
          <Form.Item
            name="advicePackMode"
            label="Advice pack"
            required
            extra={
              mode === 'individual'
                ? 'The chosen pack stays whatever the programme’s default becomes.'
                : `Follows the programme’s default${advice.defaultPack ? ` (currently ${advice.defaultPack})` : ''}.`
            }
          >
            <Radio.Group aria-label="Advice pack" options={MODES} />
          </Form.Item>
          {mode === 'individual' ? (
            <Form.Item
              name="advicePack"
              label="Pack"
              rules={[{ required: true, message: 'Choose the Standard or the Professional pack.' }]}
            >
              <Radio.Group aria-label="Pack" options={PACKS} />
            </Form.Item>
          ) : (
            <Form.Item label="Pack">
              <Radio.Group
                aria-label="Pack (the programme’s default)"
                options={PACKS}
                value={advice.defaultPack}
                disabled
              />
            </Form.Item>
          )}
        </Col>
      )}
    </Row>
  );
}
