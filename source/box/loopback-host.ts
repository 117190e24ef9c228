/** A host name that names this machine: 127.x.x.x, localhost (and its subdomains) or [::1]. */
export const isLoopbackHostname = (hostname: string) =>
	/^(?:127(?:\.\d{1,3}){3}|localhost|[\w.-]+\.localhost|\[::1\])$/i.test(hostname);
