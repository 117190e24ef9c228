import {Text} from 'ink';
import {useEffect, useState} from 'react';

const frames = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

/** Shows that something is under way; mount it only while it is, since every frame redraws. */
export function Spinner() {
	const [frame, setFrame] = useState(0);
	useEffect(() => {
		const timer = setInterval(() => {
			setFrame((previous) => (previous + 1) % frames.length);
		}, 120);
		return () => {
			clearInterval(timer);
		};
	}, []);

	return <Text color="cyan">{frames[frame]}</Text>;
}
