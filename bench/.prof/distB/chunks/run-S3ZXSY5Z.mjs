import { createRequire as __vnetprobeCreateRequire } from 'node:module'; const require = __vnetprobeCreateRequire(import.meta.url);
import {
  executeRun,
  imdsEnabled,
  runCommand
} from "./chunk-QZ5OJVLR.mjs";
import "./chunk-LPHCZXV5.mjs";
import "./chunk-HNJTT5LJ.mjs";
import "./chunk-AIADONOI.mjs";
import "./chunk-KGWLYNBG.mjs";
import "./chunk-RQMQIPBK.mjs";
import "./chunk-DUTUGVBM.mjs";
import "./chunk-VNSEEUVP.mjs";
import "./chunk-PJVHLZ3U.mjs";
import "./chunk-ZDPWL4GI.mjs";
export {
  executeRun,
  imdsEnabled,
  runCommand
};
