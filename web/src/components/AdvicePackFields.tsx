/**
 * Advice packs, shown where the learner's programme offers any (edit-user.txt): Default follows
 * the programme's default pack; Individual keeps the chosen pack, which may be any pack even
 * one the programme does not offer.
 */
import { Form, Radio } from 'antd';
import { ADVICE_PACK_LABELS } from '../../../src/domain/vocabulary';
import type { LearnerOptions } from '../api/learners';
import { ADVICE_PACK_MODES, ADVICE_PACKS, type AdvicePackMode } from '../api/user-types';

const PACKS = ADVICE_PACKS.map((value) => ({ value, label: ADVICE_PACK_LABELS[value] }));
const modeLabels: Record<AdvicePackMode, string> = { default: 'Default', individual: 'Individual' };
const MODES = ADVICE_PACK_MODES.map((value) => ({ value, label: modeLabels[value] }));

export function AdvicePackFields({ advice }: { advice: LearnerOptions['advice'] }) {
  const mode = Form.useWatch<string | null | undefined>('advicePackMode');
  if (!advice.enabled) return null;
  const offered = advice.packs.map((pack) => ADVICE_PACK_LABELS[pack]).join(' and ');
  const defaultLabel = advice.defaultPack ? ADVICE_PACK_LABELS[advice.defaultPack] : null;
  return (
    <>
      <Form.Item
        name="advicePackMode"
        label="Advice pack"
        required
        extra={
          mode === 'individual'
            ? 'The chosen pack stays whatever the programme’s default becomes.'
            : `Follows the programme’s default${defaultLabel ? ` (currently ${defaultLabel})` : ''}. The programme offers ${offered}.`
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
    </>
  );
}
