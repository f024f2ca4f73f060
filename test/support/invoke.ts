import type { LambdaHandler } from 'ask-sdk-core';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';

/** Calls a callback-style ask-sdk Lambda handler and returns its answer as a promise. */
export function invoke(lambda: LambdaHandler, event: RequestEnvelope): Promise<ResponseEnvelope> {
  return new Promise<ResponseEnvelope>((resolve, reject) => {
    void lambda(event, undefined, (error, result) => (error ? reject(error) : resolve(result as ResponseEnvelope)));
  });
}
