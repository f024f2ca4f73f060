import type { services } from 'ask-sdk-model';
import { withDeadline } from '../deadline';

/**
 * An ApiClient that gives up after `ms`. DefaultApiClient waits as long as the socket does,
 * but a skill must answer within 8 s (docs/platform.md#limits), so a slow Alexa API turns into
 * an error the handler can answer, not a silent timeout.
 */
export class TimeoutApiClient implements services.ApiClient {
  constructor(
    private readonly inner: services.ApiClient,
    private readonly ms: number,
  ) {}

  invoke(request: services.ApiClientRequest): Promise<services.ApiClientResponse> {
    return withDeadline(this.inner.invoke(request), this.ms, 'Alexa API call');
  }
}
