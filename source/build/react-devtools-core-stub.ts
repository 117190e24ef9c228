// Ink imports react-devtools-core only when DEV is set; the bundle gets this empty stand-in
// instead of the real package, which is large and not a dependency.
export default {
	initialize() {},
	connectToDevTools() {},
};
