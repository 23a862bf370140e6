/** The node-notifier adapter with a fake node-notifier: options per platform, results, clicks. */
import { describe, expect, it } from 'vitest';
import { createNodeNotifier, notifierOptions, wasClicked, type NodeNotifierLike } from '../../../src/desktop/notify/node-notifier';
import type { ClickPayload, NotificationRequest } from '../../../src/app/ports/notifier';

const request: NotificationRequest = {
  id: 'warn-1',
  title: 'Nattarbeid begynner snart',
  body: 'Nattarbeid fra 21:00.',
  click: { page: 'findings', action: 'open', sessionId: 's1' },
  urgency: 'normal',
};

describe('notifierOptions (macOS and Windows)', () => {
  it('app id, icon, and wait for a click', () => {
    expect(notifierOptions(request, { appName: 'Fyrabend' })).toEqual({ title: request.title, message: request.body, appID: 'Fyrabend', wait: true });
    expect(notifierOptions(request, { appName: 'Fyrabend', iconPath: '/opt/fyrabend/icon.png' })).toMatchObject({ icon: '/opt/fyrabend/icon.png' });
  });
});

describe('wasClicked', () => {
  it.each([
    ['activate', undefined, true],
    ['clicked', undefined, true],
    ['timeout', undefined, false],
    ['', { activationType: 'contentsClicked' }, true],
    ['', { activationType: 'timeout' }, false],
  ] as const)('%j %j → %s', (response, meta, expected) => {
    expect(wasClicked(response, meta)).toBe(expected);
  });
});

describe('createNodeNotifier', () => {
  const fake = (reply: (cb: Parameters<NodeNotifierLike['notify']>[1]) => void): NodeNotifierLike & { seen: Record<string, unknown>[] } => {
    const seen: Record<string, unknown>[] = [];
    return { seen, notify: (o, cb) => (seen.push(o), reply(cb)) };
  };

  it('resolves ok and reports a click with the payload', async () => {
    const clicks: ClickPayload[] = [];
    const lib = fake((cb) => cb(null, 'activate', {}));
    const n = createNodeNotifier({ notifier: lib, onClick: (p) => clicks.push(p) });
    expect(await n.show(request)).toEqual({ ok: true, value: undefined });
    expect(lib.seen[0]?.appID).toBe('Fyrabend');
    expect(clicks).toEqual([request.click]);
  });

  it('turns a failure into an error result, never a throw', async () => {
    const n = createNodeNotifier({ notifier: fake((cb) => cb(new Error('notify-send must be installed on the system.'), '')) });
    expect(await n.show(request)).toEqual({ ok: false, error: { code: 'notify.failed', message: 'The notification could not be shown: notify-send must be installed on the system.' } });
    const thrower = createNodeNotifier({ notifier: { notify: () => { throw new Error('boom'); } } });
    expect(await thrower.show(request)).toMatchObject({ ok: false, error: { code: 'notify.failed' } });
  });
});
