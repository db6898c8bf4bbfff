import type { Messages } from './en.messages';

/** English texts of the cooperation register, form guidance, gates and thresholds (OVR-1, FRM, IOP). */
export const enCooperations: Pick<Messages, 'cooperations' | 'guidance' | 'gates' | 'thresholds'> = {
  cooperations: {},
  guidance: {},
  gates: {},
  thresholds: {},
};
