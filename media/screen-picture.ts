import {existsSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {Resvg} from '@resvg/resvg-js';
import type xterm from '@xterm/headless';

type Rgb = readonly [number, number, number];

/** A dark theme, the 16 ANSI colours first. */
const ansiColours: readonly Rgb[] = [
	[63, 68, 81],
	[224, 108, 117],
	[152, 195, 121],
	[229, 192, 123],
	[97, 175, 239],
	[198, 120, 221],
	[86, 182, 194],
	[171, 178, 191],
	[127, 132, 142],
	[242, 139, 148],
	[181, 232, 144],
	[240, 209, 151],
	[140, 202, 255],
	[220, 156, 240],
	[127, 209, 220],
	[230, 230, 230],
];
const background: Rgb = [31, 35, 41];
const foreground: Rgb = [215, 218, 224];

const fontFamily = 'DejaVu Sans Mono';
const fontSize = 14;
/** DejaVu Sans Mono advances every glyph by 1233/2048 em. */
const cellWidth = (fontSize * 1233) / 2048;
const rowHeight = 18;
const padding = 16;
const titleBarHeight = 24;

const css = (colour: Rgb) => `rgb(${colour.join(',')})`;

/** The xterm-256color palette: the 16 themed colours, a 6×6×6 cube, then 24 greys. */
function paletteColour(index: number): Rgb {
	if (index < 16) {
		return ansiColours[index] ?? foreground;
	}

	if (index < 232) {
		const level = (step: number) => (step === 0 ? 0 : 55 + step * 40);
		const cube = index - 16;
		return [level(Math.floor(cube / 36)), level(Math.floor(cube / 6) % 6), level(cube % 6)];
	}

	const grey = 8 + (index - 232) * 10;
	return [grey, grey, grey];
}

type CellStyle = {
	foreground: Rgb;
	background: Rgb | undefined;
	bold: boolean;
	dim: boolean;
	italic: boolean;
	underline: boolean;
};

function cellStyle(cell: xterm.IBufferCell): CellStyle {
	const rgb = (value: number): Rgb => [(value >> 16) & 255, (value >> 8) & 255, value & 255];
	let fg: Rgb | undefined;
	if (cell.isFgRGB()) {
		fg = rgb(cell.getFgColor());
	} else if (cell.isFgPalette()) {
		fg = paletteColour(cell.getFgColor());
	}

	let bg: Rgb | undefined;
	if (cell.isBgRGB()) {
		bg = rgb(cell.getBgColor());
	} else if (cell.isBgPalette()) {
		bg = paletteColour(cell.getBgColor());
	}

	if (cell.isInverse()) {
		[fg, bg] = [bg ?? background, fg ?? foreground];
	}

	return {
		foreground: fg ?? foreground,
		background: bg,
		bold: cell.isBold() !== 0,
		dim: cell.isDim() !== 0,
		italic: cell.isItalic() !== 0,
		underline: cell.isUnderline() !== 0,
	};
}

type Run = {column: number; text: string; style: CellStyle};

/**
 * Splits a row into runs of one style. A wide character (CJK, emoji) gets a run of its own, so
 * that every run starts on its own column whatever the font's glyph widths.
 */
function rowRuns(line: xterm.IBufferLine, columns: number): Run[] {
	const runs: Run[] = [];
	let current: Run | undefined;
	for (let column = 0; column < columns; column++) {
		const cell = line.getCell(column);
		if (!cell || cell.getWidth() === 0) {
			continue;
		}

		const style = cellStyle(cell);
		const text = cell.isInvisible() ? ' ' : cell.getChars() || ' ';
		const wide = cell.getWidth() > 1;
		if (current && !wide && JSON.stringify(current.style) === JSON.stringify(style)) {
			current.text += text;
		} else {
			current = {column, text, style};
			runs.push(current);
		}

		if (wide) {
			current = undefined;
		}
	}

	return runs;
}

const escapeXml = (text: string) =>
	text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

function runSvg(run: Run): string {
	const x = (run.column * cellWidth).toFixed(2);
	const width = ([...run.text].length * cellWidth).toFixed(2);
	const parts: string[] = [];
	if (run.style.background) {
		parts.push(
			`<rect x="${x}" width="${width}" height="${rowHeight}" fill="${css(run.style.background)}"/>`,
		);
	}

	const trimmed = run.text.trimEnd();
	if (trimmed !== '') {
		const attributes = [
			`x="${x}"`,
			// Centres DejaVu's 1.16 em tall line box in the row.
			`y="${(rowHeight * 0.78).toFixed(2)}"`,
			// Keeps the columns in line in a browser that falls back to a narrower or wider font.
			`textLength="${([...trimmed].length * cellWidth).toFixed(2)}"`,
			`fill="${css(run.style.foreground)}"`,
			run.style.bold ? 'font-weight="bold"' : '',
			run.style.dim ? 'fill-opacity="0.6"' : '',
			run.style.italic ? 'font-style="italic"' : '',
			run.style.underline ? 'text-decoration="underline"' : '',
		];
		parts.push(`<text ${attributes.filter(Boolean).join(' ')}>${escapeXml(trimmed)}</text>`);
	}

	return parts.join('');
}

/** What the terminal shows now: one SVG fragment per row, each drawn at the origin. */
export function screenRows(terminal: xterm.Terminal): string[] {
	const buffer = terminal.buffer.active;
	const rows: string[] = [];
	for (let row = 0; row < terminal.rows; row++) {
		const line = buffer.getLine(buffer.viewportY + row);
		rows.push(line ? rowRuns(line, terminal.cols).map(runSvg).join('') : '');
	}

	return rows;
}

const rowTop = (row: number) => (row * rowHeight).toFixed(0);

type Window = {
	columns: number;
	rows: number;
	/** What the picture shows, for screen readers and for a browser's tooltip. */
	title: string;
	/** Styles and definitions the screen refers to. */
	head?: string;
	/** The screen's content, drawn from the screen's origin. */
	screen: string;
};

/** A terminal window around the screen. */
function windowSvg({columns, rows, title, head = '', screen}: Window): string {
	const screenWidth = Math.ceil(columns * cellWidth);
	const screenHeight = rows * rowHeight;
	const width = screenWidth + padding * 2;
	const height = titleBarHeight + screenHeight + padding * 2;
	const dots = ['#ff5f58', '#ffbd2e', '#18c132']
		.map(
			(colour, index) =>
				`<circle cx="${padding + 6 + index * 20}" cy="18" r="6" fill="${colour}"/>`,
		)
		.join('');
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
		`<title>${escapeXml(title)}</title>`,
		// Browsers keep runs of spaces for white-space, resvg for xml:space.
		'<style>text{white-space:pre}</style>',
		head,
		`<clipPath id="screen"><rect width="${screenWidth}" height="${screenHeight}"/></clipPath>`,
		`<rect width="${width}" height="${height}" rx="8" fill="${css(background)}"/>`,
		dots,
		// The clip hides what lies outside the screen, such as the other frames of an animation.
		`<g transform="translate(${padding} ${titleBarHeight + padding})" clip-path="url(#screen)" font-family="${fontFamily}, Menlo, Consolas, monospace" font-size="${fontSize}" xml:space="preserve">`,
		screen,
		'</g></svg>',
	].join('\n');
}

/** A still of the terminal as it is now, its cells in their colours. */
export function screenToSvg(terminal: xterm.Terminal, title: string): string {
	const rows = screenRows(terminal)
		.map((row, index) => (row ? `<g transform="translate(0 ${rowTop(index)})">${row}</g>` : ''))
		.join('\n');
	return windowSvg({columns: terminal.cols, rows: terminal.rows, title, screen: rows});
}

export type Frame = {
	/** Seconds from the start of the animation. */
	time: number;
	rows: string[];
};

/**
 * An SVG that plays the frames in a loop of `duration` seconds. The frames stand side by side on
 * a reel that a CSS animation moves by whole frames; rows that appear in several frames are
 * defined once.
 */
export function framesToSvg(
	frames: Frame[],
	{columns, rows, duration, title}: Omit<Window, 'head' | 'screen'> & {duration: number},
): string {
	const rowIds = new Map<string, string>();
	for (const frame of frames) {
		for (const row of frame.rows) {
			if (row && !rowIds.has(row)) {
				rowIds.set(row, `r${rowIds.size}`);
			}
		}
	}

	const definitions = [...rowIds].map(([row, id]) => `<g id="${id}">${row}</g>`).join('\n');
	const frameWidth = Math.ceil(columns * cellWidth) + padding;
	const reel = frames
		.map((frame, index) => {
			const uses = frame.rows
				.map((row, rowIndex) =>
					row ? `<use xlink:href="#${rowIds.get(row)}" y="${rowTop(rowIndex)}"/>` : '',
				)
				.join('');
			return `<g transform="translate(${index * frameWidth} 0)">${uses}</g>`;
		})
		.join('\n');
	// The first frame shows from the start, the last one until the loop starts again.
	const times = [0, ...frames.slice(1).map((frame) => frame.time), duration];
	const keyframes = times
		.map((time, index) => {
			const frame = Math.min(index, frames.length - 1);
			return `${((time / duration) * 100).toFixed(3)}%{transform:translateX(${-frame * frameWidth}px)}`;
		})
		.join('');
	const style = [
		'<style>',
		`@keyframes reel{${keyframes}}`,
		`.reel{animation:reel ${duration.toFixed(2)}s step-end infinite}`,
		'</style>',
	].join('');
	return windowSvg({
		columns,
		rows,
		title,
		head: `${style}<defs>${definitions}</defs>`,
		screen: `<g class="reel">${reel}</g>`,
	});
}

/**
 * The machine's DejaVu Sans Mono if it has one, else the copy in the dejavu-fonts-ttf package:
 * resvg draws no text at all without a font file it can load.
 */
function monospaceFontFiles(): string[] {
	const packageFolder = path.dirname(
		createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json'),
	);
	const folders = ['/usr/share/fonts/truetype/dejavu', path.join(packageFolder, 'ttf')];
	const names = ['DejaVuSansMono.ttf', 'DejaVuSansMono-Bold.ttf', 'DejaVuSansMono-Oblique.ttf'];
	const folder = folders.find((candidate) =>
		names.every((name) => existsSync(path.join(candidate, name))),
	);
	if (!folder) {
		throw new Error(`no DejaVu Sans Mono in ${folders.join(' or ')}`);
	}

	return names.map((name) => path.join(folder, name));
}

/** Rasterises at twice the size, so the picture stays sharp on high-density screens. */
export function svgToPng(svg: string): Buffer {
	const resvg = new Resvg(svg, {
		font: {loadSystemFonts: false, fontFiles: monospaceFontFiles(), defaultFontFamily: fontFamily},
		fitTo: {mode: 'zoom', value: 2},
	});
	return resvg.render().asPng();
}
