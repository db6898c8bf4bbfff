/** Swedish texts of VIDA payouts (FRM-5) and the giro numbers they are paid to. */
export const svVida = {
  vida: {
    paymentDetails: 'Betalningsuppgifter',
    paymentDetailsHint: 'Bankgiro eller plusgiro som ersättningar, till exempel VIDA-ersättning, betalas till.',
    bankgiro: 'Bankgiro',
    bankgiroHint: 'Sju eller åtta siffror, till exempel 5050-1055. Lämna tomt om det saknas.',
    plusgiro: 'Plusgiro',
    plusgiroHint: 'Två till åtta siffror, till exempel 90 08 00-4. Lämna tomt om det saknas.',
    giroValid: 'Giltigt nummer: {{value}}',
    bankgiro_format: 'Bankgironumret ska ha sju eller åtta siffror, till exempel 5050-1055',
    bankgiro_check_digit: 'Bankgironumret har fel kontrollsiffra',
    plusgiro_format: 'Plusgironumret ska ha två till åtta siffror, till exempel 90 08 00-4',
    plusgiro_check_digit: 'Plusgironumret har fel kontrollsiffra',
  },
};
