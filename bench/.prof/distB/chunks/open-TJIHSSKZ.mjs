import { createRequire as __vnetprobeCreateRequire } from 'node:module'; const require = __vnetprobeCreateRequire(import.meta.url);
import {
  __esm
} from "./chunk-ZDPWL4GI.mjs";

// node_modules/is-docker/index.js
import fs from "node:fs";
function hasDockerEnv() {
  try {
    return fs.statSync("/.dockerenv"), !0;
  } catch {
    return !1;
  }
}
function hasDockerCGroup() {
  try {
    return fs.readFileSync("/proc/self/cgroup", "utf8").includes("docker");
  } catch {
    return !1;
  }
}
function isDocker() {
  return isDockerCached === void 0 && (isDockerCached = hasDockerEnv() || hasDockerCGroup()), isDockerCached;
}
var isDockerCached, init_is_docker = __esm({
  "node_modules/is-docker/index.js"() {
  }
});

// node_modules/is-inside-container/index.js
import fs2 from "node:fs";
function isInsideContainer() {
  return cachedResult === void 0 && (cachedResult = hasContainerEnv() || isDocker()), cachedResult;
}
var cachedResult, hasContainerEnv, init_is_inside_container = __esm({
  "node_modules/is-inside-container/index.js"() {
    init_is_docker();
    hasContainerEnv = () => {
      try {
        return fs2.statSync("/run/.containerenv"), !0;
      } catch {
        return !1;
      }
    };
  }
});

// node_modules/is-wsl/index.js
import process from "node:process";
import os from "node:os";
import fs3 from "node:fs";
var isWsl, is_wsl_default, init_is_wsl = __esm({
  "node_modules/is-wsl/index.js"() {
    init_is_inside_container();
    isWsl = () => {
      if (process.platform !== "linux")
        return !1;
      if (os.release().toLowerCase().includes("microsoft"))
        return !isInsideContainer();
      try {
        if (fs3.readFileSync("/proc/version", "utf8").toLowerCase().includes("microsoft"))
          return !isInsideContainer();
      } catch {
      }
      return fs3.existsSync("/proc/sys/fs/binfmt_misc/WSLInterop") || fs3.existsSync("/run/WSL") ? !isInsideContainer() : !1;
    }, is_wsl_default = process.env.__IS_WSL_TEST__ ? isWsl : isWsl();
  }
});

// node_modules/powershell-utils/index.js
import process2 from "node:process";
import { Buffer } from "node:buffer";
import { promisify } from "node:util";
import childProcess from "node:child_process";
var execFile, powerShellPath, argumentsPrefix, encodeCommand, escapeArgument, createArguments, createExecFileOptions, executePowerShell, init_powershell_utils = __esm({
  "node_modules/powershell-utils/index.js"() {
    execFile = promisify(childProcess.execFile), powerShellPath = () => `${process2.env.SYSTEMROOT || process2.env.windir || String.raw`C:\Windows`}\\System32\\WindowsPowerShell\\v1.0\\powershell.exe`, argumentsPrefix = [
      "-NoProfile",
      "-NonInteractive",
      "-ExecutionPolicy",
      "Bypass",
      "-EncodedCommand"
    ], encodeCommand = (command) => Buffer.from(command, "utf16le").toString("base64"), escapeArgument = (value) => `'${String(value).replaceAll(/['‘’‚‛]/g, (match) => match + match)}'`, createArguments = (command) => [...argumentsPrefix, encodeCommand(command)], createExecFileOptions = (options) => ({
      encoding: "utf8",
      ...options,
      shell: !1
    }), executePowerShell = async (command, options = {}) => {
      let {
        powerShellPath: psPath,
        ...execFileOptions
      } = options;
      return execFile(
        psPath ?? powerShellPath(),
        createArguments(command),
        createExecFileOptions(execFileOptions)
      );
    };
    executePowerShell.argumentsPrefix = argumentsPrefix;
    executePowerShell.encodeCommand = encodeCommand;
    executePowerShell.escapeArgument = escapeArgument;
    executePowerShell.createArguments = createArguments;
  }
});

// node_modules/wsl-utils/utilities.js
function parseMountPointFromConfig(content) {
  for (let line of content.split(`
`)) {
    if (/^\s*#/.test(line))
      continue;
    let match = /^\s*root\s*=\s*(?<mountPoint>"[^"]*"|'[^']*'|[^#]*)/.exec(line);
    if (match)
      return match.groups.mountPoint.trim().replaceAll(/^["']|["']$/g, "");
  }
}
var init_utilities = __esm({
  "node_modules/wsl-utils/utilities.js"() {
  }
});

// node_modules/wsl-utils/index.js
import path from "node:path";
import { promisify as promisify2 } from "node:util";
import childProcess2 from "node:child_process";
import fs4, { constants as fsConstants } from "node:fs/promises";
var execFile2, wslDrivesMountPoint, powerShellPathFromWsl, powerShellPath2, canAccessPowerShellPromise, canAccessPowerShell, wslDefaultBrowser, isUrl, convertPath, convertWslPathToWindows, init_wsl_utils = __esm({
  "node_modules/wsl-utils/index.js"() {
    init_is_wsl();
    init_powershell_utils();
    init_utilities();
    init_is_wsl();
    execFile2 = promisify2(childProcess2.execFile), wslDrivesMountPoint = /* @__PURE__ */ (() => {
      let defaultMountPoint = "/mnt/", mountPoint;
      return async function() {
        if (mountPoint)
          return mountPoint;
        let configFilePath = "/etc/wsl.conf", isConfigFileExists = !1;
        try {
          await fs4.access(configFilePath, fsConstants.F_OK), isConfigFileExists = !0;
        } catch {
        }
        if (!isConfigFileExists)
          return defaultMountPoint;
        let configContent = await fs4.readFile(configFilePath, { encoding: "utf8" }), parsedMountPoint = parseMountPointFromConfig(configContent);
        return parsedMountPoint === void 0 ? defaultMountPoint : (mountPoint = parsedMountPoint, mountPoint = mountPoint.endsWith("/") ? mountPoint : `${mountPoint}/`, mountPoint);
      };
    })(), powerShellPathFromWsl = async () => `${await wslDrivesMountPoint()}c/Windows/System32/WindowsPowerShell/v1.0/powershell.exe`, powerShellPath2 = is_wsl_default ? powerShellPathFromWsl : powerShellPath, canAccessPowerShell = async () => (canAccessPowerShellPromise ??= (async () => {
      try {
        let psPath = await powerShellPath2();
        return await fs4.access(psPath, fsConstants.X_OK), !0;
      } catch {
        return !1;
      }
    })(), canAccessPowerShellPromise), wslDefaultBrowser = async () => {
      let psPath = await powerShellPath2(), command = String.raw`(Get-ItemProperty -Path "HKCU:\Software\Microsoft\Windows\Shell\Associations\UrlAssociations\http\UserChoice").ProgId`, { stdout } = await executePowerShell(command, {
        powerShellPath: psPath,
        cwd: path.dirname(psPath)
      });
      return stdout.trim();
    }, isUrl = (path3) => /^[a-z]+:\/\//i.test(path3), convertPath = async (flag, path3) => {
      let wslpathArguments = path3.startsWith("-") ? [flag, "--", path3] : [flag, path3];
      try {
        let { stdout } = await execFile2("wslpath", wslpathArguments, { encoding: "utf8" });
        return stdout.replace(/\r?\n$/, "") || path3;
      } catch {
        return path3;
      }
    }, convertWslPathToWindows = async (paths) => {
      let isBatch = Array.isArray(paths), pathArray = isBatch ? paths : [paths], results = await Promise.all(pathArray.map((path3) => isUrl(path3) ? path3 : convertPath("-aw", path3)));
      return isBatch ? results : results[0];
    };
  }
});

// node_modules/define-lazy-prop/index.js
function defineLazyProperty(object, propertyName, valueGetter) {
  let define = (value) => Object.defineProperty(object, propertyName, { value, enumerable: !0, writable: !0 });
  return Object.defineProperty(object, propertyName, {
    configurable: !0,
    enumerable: !0,
    get() {
      let result = valueGetter();
      return define(result), result;
    },
    set(value) {
      define(value);
    }
  }), object;
}
var init_define_lazy_prop = __esm({
  "node_modules/define-lazy-prop/index.js"() {
  }
});

// node_modules/default-browser-id/index.js
import { promisify as promisify3 } from "node:util";
import process3 from "node:process";
import { execFile as execFile3 } from "node:child_process";
async function defaultBrowserId() {
  if (process3.platform !== "darwin")
    throw new Error("macOS only");
  let { stdout } = await execFileAsync("defaults", ["read", "com.apple.LaunchServices/com.apple.launchservices.secure", "LSHandlers"]), browserId = /LSHandlerRoleAll = "(?!-)(?<id>[^"]+?)";\s+?LSHandlerURLScheme = (?:http|https);/.exec(stdout)?.groups.id ?? "com.apple.Safari";
  return browserId === "com.apple.safari" ? "com.apple.Safari" : browserId;
}
var execFileAsync, init_default_browser_id = __esm({
  "node_modules/default-browser-id/index.js"() {
    execFileAsync = promisify3(execFile3);
  }
});

// node_modules/run-applescript/index.js
import process4 from "node:process";
import { promisify as promisify4 } from "node:util";
import { execFile as execFile4, execFileSync } from "node:child_process";
async function runAppleScript(script, { humanReadableOutput = !0, signal } = {}) {
  if (process4.platform !== "darwin")
    throw new Error("macOS only");
  let outputArguments = humanReadableOutput ? [] : ["-ss"], execOptions = {};
  signal && (execOptions.signal = signal);
  let { stdout } = await execFileAsync2("osascript", ["-e", script, outputArguments], execOptions);
  return stdout.trim();
}
var execFileAsync2, init_run_applescript = __esm({
  "node_modules/run-applescript/index.js"() {
    execFileAsync2 = promisify4(execFile4);
  }
});

// node_modules/bundle-name/index.js
async function bundleName(bundleId) {
  if (typeof bundleId != "string")
    throw new TypeError("Expected a string bundle identifier");
  if (!bundleIdentifierPattern.test(bundleId))
    throw new TypeError(`Invalid bundle identifier: ${JSON.stringify(bundleId)}`);
  return runAppleScript(`tell application "Finder" to set app_path to application file id "${bundleId}" as string
tell application "System Events" to get value of property list item "CFBundleName" of property list file (app_path & ":Contents:Info.plist")`);
}
var bundleIdentifierPattern, init_bundle_name = __esm({
  "node_modules/bundle-name/index.js"() {
    init_run_applescript();
    bundleIdentifierPattern = /^[^\n\r"\\]+$/u;
  }
});

// node_modules/default-browser/windows.js
import process5 from "node:process";
import { promisify as promisify5 } from "node:util";
import { execFile as execFile5 } from "node:child_process";
async function defaultBrowser(_execFileAsync = execFileAsync3) {
  let regPath = `${process5.env.SYSTEMROOT ?? process5.env.windir ?? "C:\\Windows"}\\System32\\reg.exe`, { stdout } = await _execFileAsync(regPath, [
    "QUERY",
    " HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\Shell\\Associations\\UrlAssociations\\http\\UserChoice",
    "/v",
    "ProgId"
  ]), match = /ProgId\s*REG_SZ\s*(?<id>\S+)/.exec(stdout);
  if (!match)
    throw new UnknownBrowserError(`Cannot find Windows browser in stdout: ${JSON.stringify(stdout)}`);
  let { id } = match.groups, dotIndex = id.lastIndexOf("."), hyphenIndex = id.lastIndexOf("-"), baseIdByDot = dotIndex === -1 ? void 0 : id.slice(0, dotIndex), baseIdByHyphen = hyphenIndex === -1 ? void 0 : id.slice(0, hyphenIndex);
  return windowsBrowserProgIds[id] ?? windowsBrowserProgIds[baseIdByDot] ?? windowsBrowserProgIds[baseIdByHyphen] ?? { name: id, id };
}
var execFileAsync3, windowsBrowserProgIds, _windowsBrowserProgIdMap, UnknownBrowserError, init_windows = __esm({
  "node_modules/default-browser/windows.js"() {
    execFileAsync3 = promisify5(execFile5), windowsBrowserProgIds = {
      MSEdgeHTM: { name: "Edge", id: "com.microsoft.edge" },
      // The missing `L` is correct.
      MSEdgeBHTML: { name: "Edge Beta", id: "com.microsoft.edge.beta" },
      MSEdgeDHTML: { name: "Edge Dev", id: "com.microsoft.edge.dev" },
      AppXq0fevzme2pys62n3e0fbqa7peapykr8v: { name: "Edge", id: "com.microsoft.edge.old" },
      ChromeHTML: { name: "Chrome", id: "com.google.chrome" },
      ChromeBHTML: { name: "Chrome Beta", id: "com.google.chrome.beta" },
      ChromeDHTML: { name: "Chrome Dev", id: "com.google.chrome.dev" },
      ChromiumHTM: { name: "Chromium", id: "org.chromium.Chromium" },
      BraveHTML: { name: "Brave", id: "com.brave.Browser" },
      BraveBHTML: { name: "Brave Beta", id: "com.brave.Browser.beta" },
      BraveDHTML: { name: "Brave Dev", id: "com.brave.Browser.dev" },
      BraveSSHTM: { name: "Brave Nightly", id: "com.brave.Browser.nightly" },
      FirefoxURL: { name: "Firefox", id: "org.mozilla.firefox" },
      OperaStable: { name: "Opera", id: "com.operasoftware.Opera" },
      VivaldiHTM: { name: "Vivaldi", id: "com.vivaldi.Vivaldi" },
      "IE.HTTP": { name: "Internet Explorer", id: "com.microsoft.ie" }
    }, _windowsBrowserProgIdMap = new Map(Object.entries(windowsBrowserProgIds)), UnknownBrowserError = class extends Error {
    };
  }
});

// node_modules/default-browser/index.js
import { promisify as promisify6 } from "node:util";
import process6 from "node:process";
import { execFile as execFile6 } from "node:child_process";
async function defaultBrowser2() {
  if (process6.platform === "darwin") {
    let id = await defaultBrowserId();
    return { name: await bundleName(id), id };
  }
  if (process6.platform === "linux") {
    let { stdout } = await execFileAsync4("xdg-mime", ["query", "default", "x-scheme-handler/http"]), id = stdout.trim();
    return { name: titleize(id.replace(/.desktop$/, "").replace("-", " ")), id };
  }
  if (process6.platform === "win32")
    return defaultBrowser();
  throw new Error("Only macOS, Linux, and Windows are supported");
}
var execFileAsync4, titleize, init_default_browser = __esm({
  "node_modules/default-browser/index.js"() {
    init_default_browser_id();
    init_bundle_name();
    init_windows();
    init_windows();
    execFileAsync4 = promisify6(execFile6), titleize = (string) => string.toLowerCase().replaceAll(/(?:^|\s|-)\S/g, (x) => x.toUpperCase());
  }
});

// node_modules/is-in-ssh/index.js
import process7 from "node:process";
var isInSsh, is_in_ssh_default, init_is_in_ssh = __esm({
  "node_modules/is-in-ssh/index.js"() {
    isInSsh = !!(process7.env.SSH_CONNECTION || process7.env.SSH_CLIENT || process7.env.SSH_TTY), is_in_ssh_default = isInSsh;
  }
});

// node_modules/open/index.js
import process8 from "node:process";
import path2 from "node:path";
import { fileURLToPath } from "node:url";
import childProcess3 from "node:child_process";
import fs5, { constants as fsConstants2 } from "node:fs/promises";
function detectArchBinary(binary) {
  if (typeof binary == "string" || Array.isArray(binary))
    return binary;
  let { [arch]: archBinary } = binary;
  if (!archBinary)
    throw new Error(`${arch} is not supported`);
  return archBinary;
}
function detectPlatformBinary({ [platform]: platformBinary }, { wsl } = {}) {
  if (wsl && is_wsl_default)
    return detectArchBinary(wsl);
  if (!platformBinary)
    throw new Error(`${platform} is not supported`);
  return detectArchBinary(platformBinary);
}
var fallbackAttemptSymbol, __dirname, localXdgOpenPath, platform, arch, tryEachApp, baseOpen, open, openApp, apps, open_default, init_open = __esm({
  "node_modules/open/index.js"() {
    init_wsl_utils();
    init_powershell_utils();
    init_define_lazy_prop();
    init_default_browser();
    init_is_inside_container();
    init_is_in_ssh();
    fallbackAttemptSymbol = /* @__PURE__ */ Symbol("fallbackAttempt"), __dirname = import.meta.url ? path2.dirname(fileURLToPath(import.meta.url)) : "", localXdgOpenPath = path2.join(__dirname, "xdg-open"), { platform, arch } = process8, tryEachApp = async (apps2, opener) => {
      if (apps2.length === 0)
        return;
      let errors = [];
      for (let app of apps2)
        try {
          return await opener(app);
        } catch (error) {
          errors.push(error);
        }
      throw new AggregateError(errors, "Failed to open in all supported apps");
    }, baseOpen = async (options) => {
      options = {
        wait: !1,
        background: !1,
        newInstance: !1,
        allowNonzeroExitCode: !1,
        ...options
      };
      let isFallbackAttempt = options[fallbackAttemptSymbol] === !0;
      if (delete options[fallbackAttemptSymbol], Array.isArray(options.app))
        return tryEachApp(options.app, (singleApp) => baseOpen({
          ...options,
          app: singleApp,
          [fallbackAttemptSymbol]: !0
        }));
      let { name: app, arguments: appArguments = [] } = options.app ?? {};
      if (appArguments = [...appArguments], Array.isArray(app))
        return tryEachApp(app, (appName) => baseOpen({
          ...options,
          app: {
            name: appName,
            arguments: appArguments
          },
          [fallbackAttemptSymbol]: !0
        }));
      if (app === "browser" || app === "browserPrivate") {
        let ids = {
          "com.google.chrome": "chrome",
          "google-chrome.desktop": "chrome",
          "com.brave.browser": "brave",
          "org.mozilla.firefox": "firefox",
          "firefox.desktop": "firefox",
          "com.microsoft.msedge": "edge",
          "com.microsoft.edge": "edge",
          "com.microsoft.edgemac": "edge",
          "microsoft-edge.desktop": "edge",
          "com.apple.safari": "safari"
        }, flags = {
          chrome: "--incognito",
          brave: "--incognito",
          firefox: "--private-window",
          edge: "--inPrivate"
          // Safari doesn't support private mode via command line
        }, browser;
        if (is_wsl_default) {
          let progId = await wslDefaultBrowser();
          browser = _windowsBrowserProgIdMap.get(progId) ?? {};
        } else
          browser = await defaultBrowser2();
        let browserId = browser.id?.toLowerCase();
        if (Object.hasOwn(ids, browserId)) {
          let browserName = ids[browserId];
          if (app === "browserPrivate") {
            if (browserName === "safari")
              throw new Error("Safari doesn't support opening in private mode via command line");
            appArguments.push(flags[browserName]);
          }
          return baseOpen({
            ...options,
            app: {
              name: apps[browserName],
              arguments: appArguments
            }
          });
        }
        throw new Error(`${browser.name} is not supported as a default browser`);
      }
      let command, cliArguments = [], childProcessOptions = {}, shouldUseWindowsInWsl = !1;
      if (is_wsl_default && !isInsideContainer() && !is_in_ssh_default && !app && (shouldUseWindowsInWsl = await canAccessPowerShell()), platform === "darwin")
        command = "open", options.wait && cliArguments.push("--wait-apps"), options.background && cliArguments.push("--background"), options.newInstance && cliArguments.push("--new"), app && cliArguments.push("-a", app);
      else if (platform === "win32" || shouldUseWindowsInWsl) {
        command = await powerShellPath2(), cliArguments.push(...executePowerShell.argumentsPrefix), is_wsl_default || (childProcessOptions.windowsVerbatimArguments = !0), is_wsl_default && options.target && (options.target = await convertWslPathToWindows(options.target));
        let encodedArguments = ["$ProgressPreference = 'SilentlyContinue';", "Start"];
        options.wait && encodedArguments.push("-Wait"), app ? (encodedArguments.push(executePowerShell.escapeArgument(app)), options.target && appArguments.push(options.target)) : options.target && encodedArguments.push(executePowerShell.escapeArgument(options.target)), appArguments.length > 0 && (appArguments = appArguments.map((argument) => executePowerShell.escapeArgument(argument)), encodedArguments.push("-ArgumentList", appArguments.join(","))), options.target = executePowerShell.encodeCommand(encodedArguments.join(" ")), options.wait || (childProcessOptions.stdio = "ignore"), is_wsl_default && (childProcessOptions.cwd = path2.dirname(command));
      } else {
        if (app)
          command = app;
        else {
          let isBundled = !__dirname || __dirname === "/", exeLocalXdgOpen = !1;
          try {
            await fs5.access(localXdgOpenPath, fsConstants2.X_OK), exeLocalXdgOpen = !0;
          } catch {
          }
          command = process8.versions.electron ?? (platform === "android" || isBundled || !exeLocalXdgOpen) ? "xdg-open" : localXdgOpenPath;
        }
        appArguments.length > 0 && cliArguments.push(...appArguments), options.wait || (childProcessOptions.stdio = "ignore", childProcessOptions.detached = !0);
      }
      platform === "darwin" && appArguments.length > 0 && cliArguments.push("--args", ...appArguments), options.target && cliArguments.push(options.target);
      let subprocess = childProcess3.spawn(command, cliArguments, childProcessOptions);
      return options.wait ? new Promise((resolve, reject) => {
        subprocess.once("error", reject), subprocess.once("close", (exitCode) => {
          if (!options.allowNonzeroExitCode && exitCode !== 0) {
            reject(new Error(`Exited with code ${exitCode}`));
            return;
          }
          resolve(subprocess);
        });
      }) : isFallbackAttempt || platform === "win32" || shouldUseWindowsInWsl ? new Promise((resolve, reject) => {
        subprocess.once("error", reject), subprocess.once("spawn", () => {
          subprocess.once("close", (exitCode) => {
            if (subprocess.off("error", reject), isFallbackAttempt && exitCode !== 0) {
              reject(new Error(`Exited with code ${exitCode}`));
              return;
            }
            subprocess.unref(), resolve(subprocess);
          });
        });
      }) : (subprocess.unref(), new Promise((resolve, reject) => {
        subprocess.once("error", reject), subprocess.once("spawn", () => {
          subprocess.off("error", reject), resolve(subprocess);
        });
      }));
    }, open = (target, options) => {
      if (typeof target != "string")
        throw new TypeError("Expected a `target`");
      return baseOpen({
        ...options,
        target
      });
    }, openApp = (name, options) => {
      if (typeof name != "string" && !Array.isArray(name))
        throw new TypeError("Expected a valid `name`");
      let { arguments: appArguments = [] } = options ?? {};
      if (appArguments != null && !Array.isArray(appArguments))
        throw new TypeError("Expected `appArguments` as Array type");
      return baseOpen({
        ...options,
        app: {
          name,
          arguments: appArguments
        }
      });
    };
    apps = {
      browser: "browser",
      browserPrivate: "browserPrivate"
    };
    defineLazyProperty(apps, "chrome", () => detectPlatformBinary({
      darwin: "google chrome",
      win32: "chrome",
      // `chromium-browser` is the older deb package name used by Ubuntu/Debian before snap.
      linux: ["google-chrome", "google-chrome-stable", "chromium", "chromium-browser"]
    }, {
      wsl: {
        ia32: "/mnt/c/Program Files (x86)/Google/Chrome/Application/chrome.exe",
        x64: ["/mnt/c/Program Files/Google/Chrome/Application/chrome.exe", "/mnt/c/Program Files (x86)/Google/Chrome/Application/chrome.exe"]
      }
    }));
    defineLazyProperty(apps, "brave", () => detectPlatformBinary({
      darwin: "brave browser",
      win32: "brave",
      linux: ["brave-browser", "brave"]
    }, {
      wsl: {
        ia32: "/mnt/c/Program Files (x86)/BraveSoftware/Brave-Browser/Application/brave.exe",
        x64: ["/mnt/c/Program Files/BraveSoftware/Brave-Browser/Application/brave.exe", "/mnt/c/Program Files (x86)/BraveSoftware/Brave-Browser/Application/brave.exe"]
      }
    }));
    defineLazyProperty(apps, "firefox", () => detectPlatformBinary({
      darwin: "firefox",
      win32: String.raw`C:\Program Files\Mozilla Firefox\firefox.exe`,
      linux: "firefox"
    }, {
      wsl: "/mnt/c/Program Files/Mozilla Firefox/firefox.exe"
    }));
    defineLazyProperty(apps, "edge", () => detectPlatformBinary({
      darwin: "microsoft edge",
      win32: "msedge",
      linux: ["microsoft-edge", "microsoft-edge-dev"]
    }, {
      wsl: "/mnt/c/Program Files (x86)/Microsoft/Edge/Application/msedge.exe"
    }));
    defineLazyProperty(apps, "safari", () => detectPlatformBinary({
      darwin: "Safari"
    }));
    open_default = open;
  }
});
init_open();
export {
  apps,
  open_default as default,
  openApp
};
