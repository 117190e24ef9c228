import {type AuthType, authTypes, type SetupField} from '../box/auth-types.js';
import type {WizardStep} from '../diagnosis/diagnosis.js';

/**
 * What the user types in the wizard, one field at a time: the profile's name, what the auth type
 * copies from the console, and the enterprise or user its token is for.
 */
export type FieldName = 'profileName' | SetupField | 'subjectId';

export type FieldValues = Record<FieldName, string>;

export const emptyFieldValues: FieldValues = {
	profileName: '',
	clientId: '',
	clientSecret: '',
	jwtConfigPath: '',
	token: '',
	appTokenExpiry: 'never',
	subjectId: '',
};

export type FieldDescription = {
	label: string;
	/** Shown masked while typed and after. */
	secret: boolean;
	hint: string;
};

export const fieldDescriptions: Record<FieldName, FieldDescription> = {
	profileName: {
		label: 'Profile name',
		secret: false,
		hint: 'What boxauth calls this setup: boxauth token --profile NAME',
	},
	clientId: {label: 'Client ID', secret: false, hint: 'Configuration > OAuth 2.0 Credentials'},
	clientSecret: {
		label: 'Client secret',
		secret: true,
		hint: 'Configuration > OAuth 2.0 Credentials > Fetch Client Secret',
	},
	jwtConfigPath: {
		label: 'JWT config file',
		secret: false,
		hint: 'The JSON file the console downloaded, such as ~/Downloads/123_abc_config.json',
	},
	token: {label: 'Token', secret: true, hint: 'Paste it; a "Bearer " in front is fine'},
	appTokenExpiry: {
		label: 'Token expiry',
		secret: false,
		hint: 'What you chose when generating the token',
	},
	subjectId: {
		label: 'Enterprise ID',
		secret: false,
		hint: 'A number such as 1234567; or user 12345 to act as one user instead',
	},
};

/** One value a field takes, as the Developer Console names it. */
export type FieldChoice = {value: string; label: string; about: string};

/** The fields picked from a list rather than typed, with their choices in the console's order. */
export const fieldChoices: Partial<Record<FieldName, readonly FieldChoice[]>> = {
	appTokenExpiry: [
		{value: '30-days', label: '30 days', about: 'It stops working 30 days after it was generated'},
		{value: '60-days', label: '60 days', about: 'It stops working 60 days after it was generated'},
		{value: 'never', label: 'Never', about: 'It works until it is revoked in the console'},
	],
};

/** A field's value in words: a choice by its label. */
export function valueInWords(field: FieldName, value: string): string {
	return fieldChoices[field]?.find((choice) => choice.value === value)?.label ?? value;
}

/** The fields typed on a step; steps without fields are answered with keys. */
export function fieldsOf(step: WizardStep, authType: AuthType | undefined): readonly FieldName[] {
	// The create-app step names the profile, then asks what the console gave, in its order.
	if (step === 'create-app' && authType) {
		return ['profileName', ...authTypes[authType].fields];
	}

	return step === 'enterprise-id' ? ['subjectId'] : [];
}
