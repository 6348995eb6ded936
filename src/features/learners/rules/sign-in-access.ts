/**
 * How the learner signs in and where they land: authentication type (password, or SAML only
 * where the tenant has SAML switched on, with one of its identity providers and an optional
 * unique id) and console/classic access (at least one, and only interfaces the tenant offers).
 */
import { clean, fail, type RuleContext } from './context.js';

export const NO_INTERFACE_MESSAGE = 'Choose at least one interface.';
const SAML_ID_MAX = 255;

function setAuthentication(ctx: RuleContext) {
  const { input, current, next, settings } = ctx;
  if (input.authenticationType !== undefined) {
    if (
      input.authenticationType === 'saml' &&
      !settings.features.saml &&
      current.authenticationType !== 'saml'
    )
      return fail(
        ctx,
        'authenticationType',
        'SAML sign-in is not switched on for this organisation.',
      );
    next.authenticationType = input.authenticationType;
  }
  if (next.authenticationType !== 'saml') {
    next.samlIdentityProvider = null;
    next.samlUniqueId = null;
    return;
  }
  const provider =
    input.samlIdentityProvider === undefined
      ? current.samlIdentityProvider
      : clean(input.samlIdentityProvider);
  if (provider === null) fail(ctx, 'samlIdentityProvider', 'Choose the SAML identity provider.');
  else if (
    provider !== current.samlIdentityProvider &&
    !settings.samlIdentityProviders.includes(provider)
  )
    fail(ctx, 'samlIdentityProvider', "Choose one of this organisation's SAML identity providers.");
  else next.samlIdentityProvider = provider;
  if (input.samlUniqueId !== undefined) {
    const uniqueId = clean(input.samlUniqueId);
    if (uniqueId !== null && uniqueId.length > SAML_ID_MAX)
      return fail(
        ctx,
        'samlUniqueId',
        `The SAML unique ID can be at most ${SAML_ID_MAX} characters long.`,
      );
    next.samlUniqueId = uniqueId;
  }
}

function setInterfaces(ctx: RuleContext) {
  const { input, current, next, settings } = ctx;
  const { console: consoleOn, classic: classicOn } = settings.features;
  if (ctx.mode === 'create') {
    // The tenant's interfaces decide the default: console where offered, otherwise classic.
    next.consoleAccess = consoleOn;
    next.classicAccess = !consoleOn;
  }
  if (input.consoleAccess !== undefined) next.consoleAccess = input.consoleAccess;
  if (input.classicAccess !== undefined) next.classicAccess = input.classicAccess;
  // A learner keeps an interface the tenant later switched off until someone changes it.
  const had = (key: 'consoleAccess' | 'classicAccess') => ctx.mode === 'update' && current[key];
  if (next.consoleAccess && !consoleOn && !had('consoleAccess'))
    fail(ctx, 'consoleAccess', 'Console access is switched off for this organisation.');
  if (next.classicAccess && !classicOn && !had('classicAccess'))
    fail(ctx, 'classicAccess', 'Classic access is switched off for this organisation.');
  if (!next.consoleAccess && !next.classicAccess) {
    fail(ctx, 'consoleAccess', NO_INTERFACE_MESSAGE);
    fail(ctx, 'classicAccess', NO_INTERFACE_MESSAGE);
  }
}

/** Applies and checks authentication type and interface access. */
export function signInAccessRule(ctx: RuleContext) {
  setAuthentication(ctx);
  setInterfaces(ctx);
}
