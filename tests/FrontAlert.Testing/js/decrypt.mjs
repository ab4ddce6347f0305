// Decrypts RFC 8291 (aes128gcm) Web Push bodies with the http_ece package, independently of the C# sender.
// stdin: a JSON array of {body, privateKey, authSecret} (body base64, keys base64url); stdout: a JSON array of
// {plaintext} or {error}, in the same order.
import { createECDH } from 'node:crypto';
import ece from 'http_ece';

let input = '';
process.stdin.setEncoding('utf8');
for await (const chunk of process.stdin) input += chunk;

const out = JSON.parse(input).map(({ body, privateKey, authSecret }) => {
  try {
    const receiver = createECDH('prime256v1');
    receiver.setPrivateKey(Buffer.from(privateKey, 'base64url'));
    const plain = ece.decrypt(Buffer.from(body, 'base64'), {
      version: 'aes128gcm',
      privateKey: receiver,
      authSecret: Buffer.from(authSecret, 'base64url'),
    });
    return { plaintext: plain.toString('utf8') };
  } catch (e) {
    return { error: String(e) };
  }
});
process.stdout.write(JSON.stringify(out));
