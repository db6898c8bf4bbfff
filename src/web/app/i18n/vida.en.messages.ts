import type { Messages } from './en.messages';

/** English texts of VIDA payouts (FRM-5) and the giro numbers they are paid to. */
export const enVida: Pick<Messages, 'vida'> = {
  vida: {
    paymentDetails: 'Payment details',
    paymentDetailsHint: 'The bankgiro or plusgiro number that payments, such as the VIDA fee, are paid to.',
    bankgiro: 'Bankgiro',
    bankgiroHint: 'Seven or eight digits, e.g. 5050-1055. Leave empty if there is none.',
    plusgiro: 'Plusgiro',
    plusgiroHint: 'Two to eight digits, e.g. 90 08 00-4. Leave empty if there is none.',
    giroValid: 'Valid number: {{value}}',
    bankgiro_format: 'The bankgiro number must have seven or eight digits, e.g. 5050-1055',
    bankgiro_check_digit: 'The bankgiro number has a wrong check digit',
    plusgiro_format: 'The plusgiro number must have two to eight digits, e.g. 90 08 00-4',
    plusgiro_check_digit: 'The plusgiro number has a wrong check digit',
  },
};
