/** Swedish texts of initiatives, the public proposal form and the review group (INI, IOP-10). */
export const svInitiatives = {
  initiatives: {},
  review: {},
  publicProposal: {},
};
