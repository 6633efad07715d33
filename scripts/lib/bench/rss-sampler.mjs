import fs from "node:fs"

function processTable() {
  const children = new Map()
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8")
      // The command name may hold spaces and parentheses: the parent pid is the 2nd field after the last ")".
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1])
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)])
    } catch {
      // the process ended while we looked
    }
  }
  return children
}

function rssKb(pid) {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))
    return match ? Number(match[1]) : 0
  } catch {
    return 0
  }
}

/** Resident memory of `pid` and all its descendants, in bytes. */
export function treeRss(pid) {
  const children = processTable()
  let total = 0
  const stack = [pid]
  while (stack.length) {
    const current = stack.pop()
    total += rssKb(current)
    stack.push(...(children.get(current) ?? []))
  }
  return total * 1024
}

/** Samples the process tree's RSS every `intervalMs`; `peak` is the highest sum seen. */
export function sampleRss(pid, intervalMs = 250) {
  const sampler = { peak: treeRss(pid) }
  const timer = setInterval(() => {
    sampler.peak = Math.max(sampler.peak, treeRss(pid))
  }, intervalMs)
  sampler.stop = () => {
    clearInterval(timer)
    sampler.peak = Math.max(sampler.peak, treeRss(pid))
    return sampler.peak
  }
  return sampler
}
