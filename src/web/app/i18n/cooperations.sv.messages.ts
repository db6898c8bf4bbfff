/** Swedish texts of the cooperation register, form guidance, gates and thresholds (OVR-1, FRM, IOP). */
export const svCooperations = {
  cooperations: {},
  guidance: {},
  gates: {},
  thresholds: {},
};
