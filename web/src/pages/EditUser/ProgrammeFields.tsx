import { Col, Row } from 'antd';
import { type LearnerOptions, settingOf } from '../../api/learners';
import { AdvicePackFields } from '../../components/AdvicePackFields';
import { ChoiceField } from '../../components/ChoiceField';
import { namedOptions } from '../../components/options';

/** Target programme (a note only: it enrols nobody) and, where the programme has advice, packs. */
export function ProgrammeFields({
  options,
  loading,
}: {
  options: LearnerOptions;
  loading: boolean;
}) {
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
      {options.advice.enabled && (
        <Col xs={24} md={12}>
          <AdvicePackFields advice={options.advice} />
        </Col>
      )}
    </Row>
  );
}
