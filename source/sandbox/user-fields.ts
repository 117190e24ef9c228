import {boxTimestampIn} from './box-timestamp.js';
import type {SandboxState, SandboxUser} from './sandbox-state.js';

/** Every sandbox user lives in one time zone, and its times carry that zone's offset. */
const timezone = 'America/Los_Angeles';

const standardFields = [
	'type',
	'id',
	'name',
	'login',
	'created_at',
	'modified_at',
	'language',
	'timezone',
	'space_amount',
	'space_used',
	'max_upload_size',
	'status',
	'job_title',
	'phone',
	'address',
	'avatar_url',
	'notification_email',
] as const;

function fullUser(state: SandboxState, user: SandboxUser): Record<string, unknown> {
	const createdAt = boxTimestampIn(Date.parse(user.createdAt), timezone);
	return {
		type: 'user',
		id: user.id,
		name: user.name,
		login: user.login,
		created_at: createdAt,
		modified_at: createdAt,
		language: 'en',
		timezone,
		space_amount: 10_737_418_240,
		space_used: 0,
		max_upload_size: 2_147_483_648,
		status: 'active',
		job_title: '',
		phone: '',
		address: '',
		avatar_url: `https://app.box.com/api/avatar/large/${user.id}`,
		// No alternate address was set: the spec's nullable object.
		notification_email: null,
		role: user.role,
		enterprise: user.enterpriseId
			? {type: 'enterprise', id: state.enterprise.id, name: state.enterprise.name}
			: null,
		is_platform_access_only: user.kind === 'app_user',
		can_see_managed_users: user.kind === 'managed',
		is_sync_enabled: user.kind === 'managed',
		is_external_collab_restricted: false,
		is_exempt_from_device_limits: false,
		is_exempt_from_login_verification: false,
		my_tags: [],
		hostname: 'https://app.box.com/',
	};
}

/**
 * Box's `fields` rule: without it, the standard representation; with it, only `type` and `id`
 * plus the fields asked for (so `enterprise` must be asked for by name).
 */
export function userWithFields(
	state: SandboxState,
	user: SandboxUser,
	fields: string | null,
): Record<string, unknown> {
	const full = fullUser(state, user);
	const wanted = fields
		? ['type', 'id', ...fields.split(',').map((field) => field.trim())]
		: standardFields;
	const result: Record<string, unknown> = {};
	for (const field of wanted) {
		if (field in full) {
			result[field] = full[field];
		}
	}

	return result;
}
