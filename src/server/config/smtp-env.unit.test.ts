import { describe, expect, it } from 'vitest';
import { loadConfig } from './env';

describe('SMTP settings (issue 12: "host, port, TLS and credentials from the environment")', () => {
  it('without SMTP_HOST no mail server is configured and mail stays in the outbox', () => {
    expect(loadConfig({}).smtp).toBeUndefined();
  });

  it('reads host, port, security, login and sender; STARTTLS on 587 unless told otherwise, TLS on 465', () => {
    expect(loadConfig({ SMTP_HOST: 'smtp.kommun.se', MAIL_FROM: 'Samverkan <noreply@kommun.se>' }).smtp).toEqual({
      host: 'smtp.kommun.se',
      port: 587,
      security: 'starttls',
      user: undefined,
      password: undefined,
      from: 'Samverkan <noreply@kommun.se>',
    });
    expect(loadConfig({ SMTP_HOST: 'smtp.kommun.se', SMTP_PORT: '465', MAIL_FROM: 'noreply@kommun.se' }).smtp).toMatchObject({ port: 465, security: 'tls' });
    expect(loadConfig({ SMTP_HOST: 'smtp.kommun.se', SMTP_SECURE: 'true', MAIL_FROM: 'noreply@kommun.se' }).smtp).toMatchObject({ port: 465, security: 'tls' });
    expect(
      loadConfig({ SMTP_HOST: 'relay', SMTP_PORT: '25', SMTP_SECURE: 'none', SMTP_USER: 'app', SMTP_PASSWORD: 'secret', MAIL_FROM: 'noreply@kommun.se' }).smtp,
    ).toMatchObject({ port: 25, security: 'none', user: 'app', password: 'secret' });
  });

  it('refuses a half configuration with the variables named', () => {
    expect(() => loadConfig({ SMTP_HOST: 'smtp.kommun.se' })).toThrow(/MAIL_FROM must be set together with SMTP_HOST/);
    expect(() => loadConfig({ SMTP_HOST: 'smtp.kommun.se', MAIL_FROM: 'noreply@kommun.se', SMTP_USER: 'app' })).toThrow(/SMTP_USER and SMTP_PASSWORD/);
    expect(() => loadConfig({ SMTP_PORT: '587' })).toThrow(/SMTP_PORT set without SMTP_HOST/);
    expect(() => loadConfig({ SMTP_HOST: 'smtp.kommun.se', MAIL_FROM: 'noreply@kommun.se', SMTP_SECURE: 'maybe' })).toThrow(/SMTP_SECURE/);
    expect(() => loadConfig({ SMTP_HOST: 'smtp.kommun.se', MAIL_FROM: 'not an address' })).toThrow(/MAIL_FROM/);
    expect(() => loadConfig({ SMTP_HOST: 'smtp.kommun.se', MAIL_FROM: 'noreply@kommun.se', SMTP_PORT: '70000' })).toThrow(/SMTP_PORT/);
  });
});
