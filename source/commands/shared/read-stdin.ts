// Standard input read with a bound: a pipe may be endless (`yes | boxauth explain`) or far bigger
// than anything boxauth needs, and holding all of it would grow memory without end.

import type {Readable} from 'node:stream';

export type BoundedRead = {
	/** The last `keep` bytes read, as text. */
	text: string;
	/** More was read than `text` holds. */
	cut: boolean;
	/** Reading stopped after `stopAfter` bytes, so the input may go on. */
	stopped: boolean;
};

// A cut can fall inside a character: its continuation bytes (10xxxxxx) would decode as U+FFFD.
function fromCharacterStart(bytes: Buffer): Buffer {
	let start = 0;
	while (start < Math.min(3, bytes.length) && ((bytes[start] ?? 0) & 0xc0) === 0x80) {
		start++;
	}

	return bytes.subarray(start);
}

/**
 * The last `keep` bytes of `stream`, holding at most about `keep` bytes plus one chunk at any
 * time. Reading stops once `stopAfter` bytes have come, which also closes the stream.
 */
export async function readBounded(
	stream: Readable,
	keep: number,
	stopAfter: number,
): Promise<BoundedRead> {
	const chunks: Buffer[] = [];
	let kept = 0;
	let read = 0;
	let stopped = false;
	for await (const chunk of stream) {
		const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
		chunks.push(bytes);
		kept += bytes.length;
		read += bytes.length;
		while (chunks.length > 1 && kept - (chunks[0]?.length ?? 0) >= keep) {
			kept -= chunks.shift()?.length ?? 0;
		}

		if (read >= stopAfter) {
			stopped = true;
			break;
		}
	}

	const all = Buffer.concat(chunks);
	const cut = read > keep;
	const tail = all.subarray(Math.max(0, all.length - keep));
	return {text: (cut ? fromCharacterStart(tail) : tail).toString('utf8'), cut, stopped};
}
