import {Text} from 'ink';
import {maskSecret} from '../../box/mask-secrets.js';

type Props = {readonly value: string; readonly secret: boolean};

export function MaskedValue({value, secret}: Props) {
	return <Text>{secret ? maskSecret(value) : value}</Text>;
}
