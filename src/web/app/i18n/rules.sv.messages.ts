/** Swedish texts of the rules page and the rule references beside checklists and hints. */
export const svRules = {
  rules: {
    title: 'Regler',
    intro:
      'Reglerna som Samverkan följer och som checklistorna hänvisar till. De bygger på nämndens riktlinjer för samverkan med civilsamhället och stadens riktlinjer för IOP, överenskommelsen med Arbetsförmedlingen och förvaltningens svar om kontroller av arbetsgivare.',
    tagTitle: 'Regel {{id}}: {{title}}',
    tagLabel: 'Regel {{id}}: {{title}} (öppnas i en ny flik)',
    source002: 'Källa: Arbetsmarknadsnämndens rapport om samverkan med civilsamhället, med stadens riktlinjer för IOP',
    source003: 'Källa: Överenskommelsen om samverkan mellan Stockholms stad och Arbetsförmedlingen',
    source004: 'Källa: Arbetsmarknadsförvaltningens svar om kontroller av arbetsgivare i Integrationspakten',
  },
} as const;
