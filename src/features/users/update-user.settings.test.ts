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
const careLearner = (extra: Record<string, unknown> = {}) =>
  learner({
    groups: [w.groups.right],
    extra: { programmeId: w.programmes.care.id, customFields: { uln: '1234567890' }, ...extra },
  });
const fieldOf = async (id: number, body: Record<string, unknown>, field: string) =>
  fieldsOf(await patchUser(admin, id, body))[field];

const saml = { saml: true, console: true, classic: true, multiFactor: false };

describe('PATCH /users/:id — reference number', () => {
  it('keeps free text of at most 255 characters when the programme has no template', async () => {
    const { id } = await learner();
    expect((await patchUser(admin, id, { referenceNumber: 'ABC01' })).json().referenceNumber).toBe(
      'ABC01',
    );
    expect(await fieldOf(id, { referenceNumber: 'x'.repeat(256) }, 'referenceNumber')).toBe(
      'The reference number can be at most 255 characters long.',
    );
  });
  it('never replaces a number typed by hand, whatever the programme template', async () => {
    const { id } = await learner({
      extra: { programmeId: w.programmes.software.id, referenceNumber: 'SD-00007' },
    });
    const matching = await patchUser(admin, id, { referenceNumber: 'SD-00041' });
    expect(matching.json().referenceNumber).toBe('SD-00041');
    const typed = await patchUser(admin, id, { referenceNumber: 'ABC01' });
    expect(typed.json().referenceNumber).toBe('ABC01');
    const untouched = await learner({
      extra: { programmeId: w.programmes.software.id, referenceNumber: 'LEGACY-1' },
    });
    expect(
      (await patchUser(admin, untouched.id, { firstName: 'Nat' })).json().referenceNumber,
    ).toBe('LEGACY-1');
  });
  it('does not apply the template on a save that leaves the programme as it is', async () => {
    const { id } = await learner({ extra: { programmeId: w.programmes.software.id } });
    const saved = await patchUser(admin, id, { firstName: 'Nat' });
    expect(saved.json()).toMatchObject({ firstName: 'Nat', referenceNumber: null });
    const numbered = await learner({
      extra: { programmeId: w.programmes.software.id, referenceNumber: 'SD-00050' },
    });
    const cleared = await patchUser(admin, numbered.id, { referenceNumber: '' });
    expect(cleared.json().referenceNumber).toBeNull();
  });
  it('asks for a mandatory reference number on edit, the template being applied only with the programme', async () => {
    const { id } = await learner({ extra: { programmeId: w.programmes.software.id } });
    await setTenantSettings(t.db, w.tenant.id, { fields: { referenceNumber: 'mandatory' } });
    try {
      expect(await fieldOf(id, { firstName: 'Nat' }, 'referenceNumber')).toBe(
        'Reference number is required.',
      );
    } finally {
      await setTenantSettings(t.db, w.tenant.id, {});
    }
  });
});

describe('PATCH /users/:id — minimum rate of pay', () => {
  it('takes one of the three wages only', async () => {
    const { id } = await learner();
    expect(
      (await patchUser(admin, id, { minRateOfPay: 'national living wage' })).json().minRateOfPay,
    ).toBe('National Living Wage');
    expect(await fieldOf(id, { minRateOfPay: 'Pocket money' }, 'minRateOfPay')).toBe(
      'Choose one of: National Minimum Wage, National Apprenticeship Wage, National Living Wage.',
    );
  });
});

describe('PATCH /users/:id — advice packs', () => {
  it('refuses advice packs when the programme has advice switched off', async () => {
    const { id } = await learner();
    expect(
      await fieldOf(
        id,
        { advicePackMode: 'individual', advicePack: 'professional' },
        'advicePackMode',
      ),
    ).toBe("Advice packs are not switched on in the learner's programme.");
  });
  it('defaults to the programme default, and asks for the pack when individual', async () => {
    const { id } = await careLearner();
    expect((await patchUser(admin, id, { firstName: 'Ann' })).json()).toMatchObject({
      advicePackMode: 'default',
      advicePack: null,
    });
    expect(await fieldOf(id, { advicePackMode: 'individual' }, 'advicePack')).toBe(
      'Choose the Standard or the Professional advice pack.',
    );
    const individual = await patchUser(admin, id, {
      advicePackMode: 'individual',
      advicePack: 'professional',
    });
    expect(individual.json()).toMatchObject({
      advicePackMode: 'individual',
      advicePack: 'professional',
    });
    const back = await patchUser(admin, id, { advicePackMode: 'default' });
    expect(back.json()).toMatchObject({ advicePackMode: 'default', advicePack: null });
  });
});

describe('PATCH /users/:id — custom fields', () => {
  it("requires the programme's mandatory custom fields and refuses unknown ones", async () => {
    const { id } = await careLearner({ customFields: {} });
    const fields = fieldsOf(
      await patchUser(admin, id, { customFields: { shoe: '9', colour: 'red' } }),
    );
    expect(fields).toEqual({
      'customFields.uln': 'Unique learner number is required.',
      'customFields.colour':
        "This field is not one of the custom fields of the learner's programme.",
    });
    const saved = await patchUser(admin, id, { customFields: { uln: ' 42 ', shoe: '9' } });
    expect(saved.json().customFields).toEqual({ shoe: '9', uln: '42' });
    const cleared = await patchUser(admin, id, { customFields: { shoe: null } });
    expect(cleared.json().customFields).toEqual({ uln: '42' });
    expect(await fieldOf(id, { customFields: { uln: '' } }, 'customFields.uln')).toBe(
      'Unique learner number is required.',
    );
  });
});

describe('PATCH /users/:id — authentication', () => {
  it('refuses SAML where the tenant has it switched off', async () => {
    const { id } = await learner();
    expect(
      await fieldOf(
        id,
        { authenticationType: 'saml', samlIdentityProvider: 'Azure' },
        'authenticationType',
      ),
    ).toBe('SAML sign-in is not switched on for this organisation.');
  });
  it("needs one of the tenant's identity providers for SAML; the unique id is optional", async () => {
    await setTenantSettings(t.db, w.tenant.id, {
      features: saml,
      samlIdentityProviders: ['Azure', 'Okta'],
    });
    try {
      const { id } = await learner();
      expect(await fieldOf(id, { authenticationType: 'saml' }, 'samlIdentityProvider')).toBe(
        'Choose the SAML identity provider.',
      );
      expect(
        await fieldOf(
          id,
          { authenticationType: 'saml', samlIdentityProvider: 'Google' },
          'samlIdentityProvider',
        ),
      ).toBe("Choose one of this organisation's SAML identity providers.");
      expect(
        await fieldOf(
          id,
          {
            authenticationType: 'saml',
            samlIdentityProvider: 'Okta',
            samlUniqueId: 'x'.repeat(256),
          },
          'samlUniqueId',
        ),
      ).toMatch(/at most 255/);
      const saved = await patchUser(admin, id, {
        authenticationType: 'saml',
        samlIdentityProvider: 'Okta',
        samlUniqueId: 'u-1',
      });
      expect(saved.json()).toMatchObject({
        authenticationType: 'saml',
        samlIdentityProvider: 'Okta',
        samlUniqueId: 'u-1',
      });
      const back = await patchUser(admin, id, { authenticationType: 'password' });
      expect(back.json()).toMatchObject({
        authenticationType: 'password',
        samlIdentityProvider: null,
        samlUniqueId: null,
      });
    } finally {
      await setTenantSettings(t.db, w.tenant.id, {});
    }
  });
});

describe('PATCH /users/:id — interfaces', () => {
  it('needs at least one of console and classic', async () => {
    const { id } = await learner();
    const fields = fieldsOf(
      await patchUser(admin, id, { consoleAccess: false, classicAccess: false }),
    );
    expect(fields).toEqual({
      consoleAccess: 'Choose at least one interface.',
      classicAccess: 'Choose at least one interface.',
    });
    const both = await patchUser(admin, id, { consoleAccess: true, classicAccess: true });
    expect(both.json()).toMatchObject({ consoleAccess: true, classicAccess: true });
  });
  it('refuses to switch on an interface the tenant does not offer, and keeps one granted before', async () => {
    const { id } = await learner({ extra: { consoleAccess: true, classicAccess: false } });
    await setTenantSettings(t.db, w.tenant.id, {
      features: { saml: false, console: true, classic: false, multiFactor: false },
    });
    try {
      expect(await fieldOf(id, { classicAccess: true }, 'classicAccess')).toBe(
        'Classic access is switched off for this organisation.',
      );
      const granted = await learner({ extra: { classicAccess: true } });
      expect((await patchUser(admin, granted.id, { firstName: 'Cal' })).statusCode).toBe(200);
    } finally {
      await setTenantSettings(t.db, w.tenant.id, {});
    }
  });
});
