import { describe, expect, it } from 'vitest';
import { isPrivateAddress, refuseWebhookUrl } from '../src/modules/webhook/webhook-url';
import { signWebhook, verifyWebhook } from '../src/modules/webhook/webhook-signature';

describe('webhook URLs (SSRF guard)', () => {
  it('refuses what is not https, and hosts that are private or loopback', async () => {
    expect(await refuseWebhookUrl('http://example.com/hook', false)).toBe('scheme');
    expect(await refuseWebhookUrl('not a url', false)).toBe('format');
    expect(await refuseWebhookUrl('https://user:pw@example.com/', false)).toBe('format');
    for (const host of [
      '127.0.0.1',
      '10.1.2.3',
      '192.168.1.1',
      '172.20.0.1',
      '169.254.169.254',
      '[::1]',
      '[fd00::1]',
      'localhost',
    ])
      expect(await refuseWebhookUrl(`https://${host}/hook`, false), host).toBe('address');
    expect(await refuseWebhookUrl('https://93.184.215.14/hook', false)).toBeNull();
    expect(isPrivateAddress('8.8.8.8')).toBe(false);
    expect(isPrivateAddress('::ffff:127.0.0.1')).toBe(true);
  });

  it('lets http and loopback through only with WEBHOOK_ALLOW_INSECURE_LOCAL', async () => {
    expect(await refuseWebhookUrl('http://127.0.0.1:9/hook', true)).toBeNull();
  });
});

describe('webhook signatures', () => {
  it('verifies the HMAC over "<timestamp>.<body>" and refuses old timestamps', () => {
    const body = '{"id":"x"}';
    const signature = signWebhook('whsec_k', 1_800_000_000, body);
    const headers = { timestamp: '1800000000', signature };
    expect(verifyWebhook('whsec_k', headers, body, 1_800_000_100)).toBe(true);
    expect(verifyWebhook('whsec_k', headers, body, 1_800_000_400)).toBe(false);
    expect(verifyWebhook('whsec_other', headers, body, 1_800_000_000)).toBe(false);
    expect(verifyWebhook('whsec_k', headers, `${body} `, 1_800_000_000)).toBe(false);
  });
});
