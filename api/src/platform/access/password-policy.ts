import { badInput } from '../../common/errors';

export const PASSWORD_MIN_LENGTH = 12;
// argon2 hashes whatever it is given; a bound keeps one request from costing much.
const PASSWORD_MAX_LENGTH = 256;

/** The stated policy (README, docs/decisions/0019-people-and-tool-tokens.md): 12 to 256 characters, not the email. */
export function checkPassword(password: string, email: string): void {
  if (password.length < PASSWORD_MIN_LENGTH || password.length > PASSWORD_MAX_LENGTH) {
    throw badInput(
      'password',
      `Choose a password of ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters; a short phrase of several words works well.`,
    );
  }
  if (password.trim().toLowerCase() === email.trim().toLowerCase()) {
    throw badInput('password', 'Choose a password other than your email address.');
  }
}
