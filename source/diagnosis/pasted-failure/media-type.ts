/** `application/json` from `Application/JSON; charset=utf-8`: the table compares bare types. */
export const mediaType = (contentType: string) =>
	contentType.split(';')[0]?.trim().toLowerCase() ?? contentType;
