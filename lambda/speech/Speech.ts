import { escapeSsml, pauseSsml } from '../engine/ssml';

/** Builds one SSML answer from plain sentences, silences and ready-made fragments. */
export class Speech {
  private readonly parts: string[] = [];

  say(...sentences: string[]): this {
    for (const s of sentences) if (s) this.parts.push(escapeSsml(s));
    return this;
  }

  pause(seconds: number): this {
    this.parts.push(pauseSsml(seconds));
    return this;
  }

  ssml(fragment: string): this {
    if (fragment) this.parts.push(fragment);
    return this;
  }

  toString(): string {
    return this.parts.join(' ');
  }
}
