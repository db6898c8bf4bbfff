import type { Messages } from './en.messages';

/** English texts of the rules page and the rule references beside checklists and hints. */
export const enRules: Pick<Messages, 'rules'> = {
  rules: {
    title: 'Rules',
    intro:
      "The rules Samverkan follows and its checklists refer to. They rest on the committee's guidelines for cooperation with civil society and the city's IOP guidelines, the agreement with Arbetsförmedlingen, and the administration's answer on employer checks.",
    tagTitle: 'Rule {{id}}: {{title}}',
    tagLabel: 'Rule {{id}}: {{title}} (opens in a new tab)',
    source002: "Source: the labour market committee's report on cooperation with civil society, with the city's IOP guidelines",
    source003: 'Source: the cooperation agreement between the City of Stockholm and Arbetsförmedlingen',
    source004: "Source: the labour market administration's answer on employer checks in the Integration Pact",
  },
};
