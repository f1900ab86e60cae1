import { safeError } from './safe-error';

describe('safeError', () => {
  it("logs a failed query's type, SQLSTATE and stack, never its parameters, text or quoted values", () => {
    const driverError = Object.assign(new Error('invalid input syntax for type uuid: "secret-value"'), {
      code: '22P02',
      routine: 'string_to_uuid',
    });
    const failed = Object.assign(new Error('invalid input syntax for type uuid: "secret-value"'), {
      query: 'SELECT * FROM app_user WHERE id = $1',
      parameters: ['secret-value'],
      driverError,
    });
    const logged = safeError(failed);
    expect(logged).toMatchObject({
      type: 'Error',
      message: 'invalid input syntax for type uuid: "…"',
      sqlState: '22P02',
      routine: 'string_to_uuid',
    });
    expect(JSON.stringify(logged)).not.toMatch(/secret-value|app_user/);
  });

  it('bounds the message of a 45 MB error', () => {
    const logged = safeError(new Error('x'.repeat(45 * 1024 ** 2)));
    expect(String(logged.message).length).toBeLessThan(600);
  });
});
