/**
 * The command that starts a Node program (a package's bin script), under Node's CPU profiler when
 * `profileDir` is set: the .cpuprofile lands there when the program exits. The flag goes on Node's
 * own command line, because Node refuses --cpu-prof in NODE_OPTIONS.
 */
export function profiledCommand(bin, args, profileDir) {
  if (!profileDir) return [bin, args]
  return [process.execPath, ["--cpu-prof", `--cpu-prof-dir=${profileDir}`, bin, ...args]]
}
