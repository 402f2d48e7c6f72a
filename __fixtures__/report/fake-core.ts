import type { AnnotationProps, Annotator } from '../../src/report/annotations.js';
import type { SummaryWriter } from '../../src/report/summary.js';

export interface AnnotationCall {
  level: 'error' | 'warning' | 'notice';
  message: string;
  props?: AnnotationProps;
}

/** Records annotations and info lines in call order. */
export class FakeAnnotator implements Annotator {
  calls: AnnotationCall[] = [];
  infos: string[] = [];
  error(message: string, props?: AnnotationProps): void {
    this.calls.push({ level: 'error', message, props });
  }
  warning(message: string, props?: AnnotationProps): void {
    this.calls.push({ level: 'warning', message, props });
  }
  notice(message: string, props?: AnnotationProps): void {
    this.calls.push({ level: 'notice', message, props });
  }
  info(message: string): void {
    this.infos.push(message);
  }
}

/** A `core.summary` stand-in: collects text, counts writes, can be told to fail. */
export class FakeSummary implements SummaryWriter {
  buffer = '';
  written: string[] = [];
  constructor(private readonly failWith?: Error) {}
  addRaw(text: string, addEOL = false): this {
    this.buffer += addEOL ? `${text}\n` : text;
    return this;
  }
  async write(): Promise<this> {
    if (this.failWith) throw this.failWith;
    this.written.push(this.buffer);
    this.buffer = '';
    return this;
  }
}
