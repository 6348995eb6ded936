/** The password policy as the activation and reset forms check it before asking the server (which decides). */
import type { Rule } from 'antd/es/form';

export const PASSWORD_MIN = 10;

export const POLICY_TEXT = `At least ${PASSWORD_MIN} characters, and not containing your username. A few unrelated words make a strong password that is easy to remember.`;

/** Rules for the new password; `username` is read when the rule runs, so it may change. */
export function passwordRules(username: () => string): Rule[] {
  return [
    { required: true, message: 'Choose a password.' },
    {
      min: PASSWORD_MIN,
      message: `The password must be at least ${PASSWORD_MIN} characters long.`,
    },
    { max: 256, message: 'The password must be no more than 256 characters long.' },
    {
      validator: async (_, value: string | undefined) => {
        const name = username().trim().toLowerCase();
        if (value && name.length >= 3 && value.toLowerCase().includes(name))
          throw new Error('The password must not contain your username.');
      },
    },
  ];
}

export const confirmRules = (password: () => string): Rule[] => [
  { required: true, message: 'Type the password again.' },
  {
    validator: async (_, value: string | undefined) => {
      if (value && value !== password()) throw new Error('The two passwords are not the same.');
    },
  },
];
