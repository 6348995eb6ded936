/** Messages to users, and the organisation's wording of the emails Roster sends. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Answer, Body } from './answers';
import { api, unwrap } from './client';

// The server's own limits, so the form stops where the API would.
export { MESSAGE_BODY_MAX, MESSAGE_SUBJECT_MAX } from '../../../src/domain/email-template';

export type SendMessageRequest = Body<'/users/{id}/messages', 'post'>;
export type GroupMessageStarted = Answer<'/groups/{id}/messages', 'post'>;
export type SentMessage = Answer<'/messages/{id}', 'get'>;
export type EmailTemplate = Answer<'/email-templates/{kind}', 'get'>;
export type EmailTemplateRequest = Body<'/email-templates/{kind}', 'put'>;
export type EmailPreview = Answer<'/email-templates/{kind}/preview', 'post'>;
type TemplateKind = EmailTemplate['kind'];

const templateKey = (kind: TemplateKind) => ['email-template', kind] as const;

/** Sends one user a message; their emails are read again. */
export function useSendMessage(userId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: SendMessageRequest) =>
      unwrap(api.POST('/users/{id}/messages', { params: { path: { id: userId } }, body: request })),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: ['user', userId, 'communications'] }),
  });
}

export function useSendGroupMessage() {
  return useMutation({
    mutationFn: ({ groupId, ...request }: SendMessageRequest & { groupId: number }) =>
      unwrap(
        api.POST('/groups/{id}/messages', { params: { path: { id: groupId } }, body: request }),
      ),
  });
}

/** A message being written for a group: asked again every second until it is finished. */
export function useSentMessage(id: number | undefined) {
  return useQuery({
    queryKey: ['message', id],
    queryFn: () => unwrap(api.GET('/messages/{id}', { params: { path: { id: id ?? 0 } } })),
    enabled: id !== undefined,
    refetchInterval: (query) =>
      query.state.data && ['done', 'failed'].includes(query.state.data.status) ? false : 1000,
  });
}

export function useEmailTemplate(kind: TemplateKind) {
  return useQuery({
    queryKey: templateKey(kind),
    queryFn: () => unwrap(api.GET('/email-templates/{kind}', { params: { path: { kind } } })),
  });
}

export function useSaveEmailTemplate(kind: TemplateKind) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: EmailTemplateRequest) =>
      unwrap(api.PUT('/email-templates/{kind}', { params: { path: { kind } }, body: request })),
    onSuccess: (saved) => queryClient.setQueryData(templateKey(kind), saved),
  });
}

export function usePreviewEmailTemplate(kind: TemplateKind) {
  return useMutation({
    mutationFn: (request: EmailTemplateRequest) =>
      unwrap(
        api.POST('/email-templates/{kind}/preview', { params: { path: { kind } }, body: request }),
      ),
  });
}
