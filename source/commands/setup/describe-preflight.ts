import type {PreflightAnswer} from '../../box/upload-preflight.js';
import {diagnose} from '../../diagnosis/diagnose.js';

/** The preflight's answer in words, with what to do next. */
export function describePreflight(fileName: string, answer: PreflightAnswer): string {
	if (!answer.ok) {
		const diagnosis = diagnose(answer.failure);
		return `The preflight failed: ${diagnosis.what} ${diagnosis.fix[0] ?? ''}`.trim();
	}

	return answer.fileIsNew
		? `No file named ${fileName} in All Files yet: an upload would create it (POST /2.0/files/content).`
		: `${fileName} exists already as file ${answer.existingFileId} (Box answered 409): upload a new version to POST /2.0/files/${answer.existingFileId}/content.`;
}
