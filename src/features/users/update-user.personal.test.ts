import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, signInAs, startTestApp, type TestApp } from '../../../test/support/app.js';
import {
  addLearner,
  buildLearnerWorld,
  fieldsOf,
  type LearnerWorld,
  patchUser,
  setTenantSettings,
} from '../../../test/support/learner-world.js';
import { INVALID_DATE_MESSAGE } from '../../domain/dates.js';
import { INVALID_EMAIL_MESSAGE } from '../../domain/email.js';
import { INVALID_MOBILE_MESSAGE } from '../../domain/mobile.js';
import { INVALID_NINO_MESSAGE } from '../../domain/national-insurance.js';
import { INVALID_POSTCODE_MESSAGE } from '../../domain/uk-postcode.js';

let t: TestApp;
let w: LearnerWorld;
let admin: Client;

beforeAll(async () => {
  t = await startTestApp();
  w = await buildLearnerWorld(t.db);
  admin = await signInAs(t, w.tenant, w.admins.admin);
});
afterAll(() => t.close());

const learner = (options: Parameters<typeof addLearner>[2] = {}) => addLearner(t.db, w, options);

async function expectField(
  body: Record<string, unknown>,
  field: string,
  message: string | RegExp,
  options = {},
) {
  const { id } = await learner(options);
  const fields = fieldsOf(await patchUser(admin, id, body));
  if (typeof message === 'string') expect(fields[field]).toBe(message);
  else expect(fields[field]).toMatch(message);
}

describe('PATCH /users/:id — names', () => {
  it('saves trimmed names with accents and apostrophes', async () => {
    const { id } = await learner();
    const response = await patchUser(admin, id, { firstName: ' Zoë ', surname: "O'Brien" });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ firstName: 'Zoë', surname: "O'Brien", version: 2 });
  });
  it('requires first name and surname', async () => {
    await expectField({ firstName: '  ' }, 'firstName', 'Enter the first name.');
    await expectField({ surname: null }, 'surname', 'Enter the surname.');
  });
  it('allows at most 50 characters', async () => {
    await expectField(
      { firstName: 'x'.repeat(51) },
      'firstName',
      'The first name can be at most 50 characters long.',
    );
    await expectField(
      { surname: 'x'.repeat(51) },
      'surname',
      'The surname can be at most 50 characters long.',
    );
    await expectField(
      { preferredName: 'x'.repeat(51) },
      'preferredName',
      'The preferred name can be at most 50 characters long.',
    );
    await expectField(
      { title: 'x'.repeat(51) },
      'title',
      'The title can be at most 50 characters long.',
    );
    const { id } = await learner();
    expect((await patchUser(admin, id, { firstName: 'x'.repeat(50) })).statusCode).toBe(200);
  });
});

describe('PATCH /users/:id — tenant field settings', () => {
  it('refuses a new value in a hidden field, and accepts the stored one sent back', async () => {
    const { id } = await learner({ extra: { title: 'Mr' } });
    await setTenantSettings(t.db, w.tenant.id, {
      fields: { title: 'hidden', personalEmail: 'hidden' },
    });
    try {
      const refused = fieldsOf(
        await patchUser(admin, id, { title: 'Dr', personalEmail: 'me@home.test' }),
      );
      expect(refused).toEqual({
        title: 'Title is not used in this organisation.',
        personalEmail: 'Personal email is not used in this organisation.',
      });
      expect(
        (await patchUser(admin, id, { title: 'Mr', personalEmail: null, firstName: 'Ok' }))
          .statusCode,
      ).toBe(200);
    } finally {
      await setTenantSettings(t.db, w.tenant.id, {});
    }
  });
  it('requires mandatory fields on the learner as saved', async () => {
    const { id } = await learner();
    await setTenantSettings(t.db, w.tenant.id, {
      fields: {
        preferredName: 'mandatory',
        title: 'mandatory',
        personalEmail: 'mandatory',
        town: 'mandatory',
      },
    });
    try {
      const fields = fieldsOf(await patchUser(admin, id, { firstName: 'Pat' }));
      expect(fields).toEqual({
        preferredName: 'Preferred name is required.',
        title: 'Title is required.',
        personalEmail: 'Personal email is required.',
        'address.town': 'Town/City is required.',
      });
      const ok = await patchUser(admin, id, {
        preferredName: 'Patty',
        title: 'Ms',
        personalEmail: 'pat@home.test',
        address: { town: 'Leeds' },
      });
      expect(ok.statusCode, ok.body).toBe(200);
    } finally {
      await setTenantSettings(t.db, w.tenant.id, {});
    }
  });
  it('checks the personal email format', async () => {
    await expectField({ personalEmail: 'not-an-email' }, 'personalEmail', INVALID_EMAIL_MESSAGE);
  });
});

describe('PATCH /users/:id — mobile, date of birth, NINo', () => {
  it('accepts only +, spaces and digits in a mobile number', async () => {
    await expectField({ mobile: '07700-900123' }, 'mobile', INVALID_MOBILE_MESSAGE);
    const { id } = await learner();
    expect((await patchUser(admin, id, { mobile: '+44 7700 900123' })).json().mobile).toBe(
      '+44 7700 900123',
    );
  });
  it('requires a mobile number where multi-factor sign-in is on', async () => {
    await setTenantSettings(t.db, w.tenant.id, {
      features: { saml: false, console: true, classic: true, multiFactor: true },
    });
    try {
      await expectField({ firstName: 'Mo' }, 'mobile', /multi-factor sign-in/);
    } finally {
      await setTenantSettings(t.db, w.tenant.id, {});
    }
  });
  it('takes a real date of birth in the past, ISO or dd/mm/yyyy', async () => {
    await expectField({ dateOfBirth: '2001-02-30' }, 'dateOfBirth', INVALID_DATE_MESSAGE);
    await expectField({ dateOfBirth: 'yesterday' }, 'dateOfBirth', INVALID_DATE_MESSAGE);
    await expectField(
      { dateOfBirth: '2999-01-01' },
      'dateOfBirth',
      'The date of birth must be in the past.',
    );
    await expectField(
      { dateOfBirth: '1899-12-31' },
      'dateOfBirth',
      'The date of birth must be after 01/01/1900.',
    );
    const { id } = await learner();
    expect((await patchUser(admin, id, { dateOfBirth: '28/02/2001' })).json().dateOfBirth).toBe(
      '2001-02-28',
    );
    expect((await patchUser(admin, id, { dateOfBirth: '2000-02-29' })).json().dateOfBirth).toBe(
      '2000-02-29',
    );
  });
  it('checks the National Insurance number and stores it upper-case and spaced', async () => {
    await expectField(
      { nationalInsuranceNumber: 'DA123456A' },
      'nationalInsuranceNumber',
      INVALID_NINO_MESSAGE,
    );
    const { id } = await learner();
    const saved = await patchUser(admin, id, { nationalInsuranceNumber: 'ab123456c' });
    expect(saved.json().nationalInsuranceNumber).toBe('AB 12 34 56 C');
  });
});

describe('PATCH /users/:id — address', () => {
  it('checks the postcode format when the country is the United Kingdom, and stores it spaced', async () => {
    await expectField(
      { address: { postcode: 'XYZ', country: 'United Kingdom' } },
      'address.postcode',
      INVALID_POSTCODE_MESSAGE,
    );
    const { id } = await learner();
    const saved = await patchUser(admin, id, {
      address: { postcode: 'b987yt', line1: '15 Woodfield Lane', country: 'United Kingdom' },
    });
    expect(saved.json().address).toMatchObject({
      postcode: 'B98 7YT',
      line1: '15 Woodfield Lane',
      country: 'United Kingdom',
    });
    const becomesUk = await patchUser(admin, (await learner({ extra: { postcode: '75001' } })).id, {
      address: { country: 'United Kingdom' },
    });
    expect(fieldsOf(becomesUk)['address.postcode']).toBe(INVALID_POSTCODE_MESSAGE);
  });
  it('takes any postcode of at most 8 characters elsewhere', async () => {
    const { id } = await learner();
    expect(
      (await patchUser(admin, id, { address: { postcode: '75001', country: 'France' } }))
        .statusCode,
    ).toBe(200);
    await expectField(
      { address: { postcode: '123456789', country: 'France' } },
      'address.postcode',
      'The postcode can be at most 8 characters long.',
    );
  });
  it('limits each address line to 100 characters, and clears the address with null', async () => {
    await expectField(
      { address: { line1: 'x'.repeat(101) } },
      'address.line1',
      'This line of the address can be at most 100 characters long.',
    );
    const { id } = await learner({ extra: { line1: '1 Road', town: 'Leeds' } });
    const cleared = await patchUser(admin, id, { address: null });
    expect(cleared.json().address).toEqual({
      postcode: null,
      line1: null,
      line2: null,
      town: null,
      county: null,
      country: null,
    });
  });
});
