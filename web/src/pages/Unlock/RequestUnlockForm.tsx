import { useRequestUnlockLink } from '../../api/unlock';
import { EmailedLinkForm } from '../../components/EmailedLinkForm';

/** Asks for an unlock link; the answer is the same whether or not the account exists. */
export function RequestUnlockForm({ tenant }: { tenant: string }) {
  return (
    <EmailedLinkForm
      name="requestUnlock"
      tenant={tenant}
      request={useRequestUnlockLink()}
      submitLabel="Email me an unlock link"
      sentText="If that account is locked and has an email address, we have sent it a link to unlock it. The link works once, for an hour. If nothing arrives, ask your administrator to unlock your account."
    />
  );
}
