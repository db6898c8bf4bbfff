import type { Messages } from './en.messages';

/** English texts of initiatives, the public proposal form and the review group (INI, IOP-10). */
export const enInitiatives: Pick<Messages, 'initiatives' | 'review' | 'publicProposal'> = {
  initiatives: {},
  review: {},
  publicProposal: {},
};
