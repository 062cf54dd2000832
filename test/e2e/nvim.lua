-- Neovim 0.7 (headless) as an independent LSP client for shengao-language-server.
-- Run: nvim --headless -n -i NONE -u test/e2e/nvim.lua draft.md   (see test/e2e-neovim.test.ts)
-- Environment:
--   SHENGAO_NVIM_OUT       where to write the JSON result (absolute path)
--   SHENGAO_NVIM_CMD       JSON array: the server command
--   SHENGAO_NVIM_SETTINGS  JSON object answered to workspace/configuration (optional)
--   SHENGAO_NVIM_FIX       rule id whose quick fix to apply after the first diagnostics (optional)
--   SHENGAO_NVIM_WAIT      milliseconds to wait for each step (default 20000)
local out = os.getenv('SHENGAO_NVIM_OUT')
if not out then
  io.stderr:write('SHENGAO_NVIM_OUT is not set\n')
  vim.cmd('cq!')
end
local fix_rule = os.getenv('SHENGAO_NVIM_FIX')
local wait_ms = tonumber(os.getenv('SHENGAO_NVIM_WAIT') or '20000')

local buf, fname -- set on VimEnter, once the file argument is loaded
local result = {
  nvim = tostring(vim.version().major) .. '.' .. vim.version().minor .. '.' .. vim.version().patch,
  publishes = {}, -- raw textDocument/publishDiagnostics params, as the server sent them (UTF-16 columns)
  diagnostics = {}, -- vim.diagnostic.get(buf) after the first non-empty publish (byte columns)
  after_fix = nil, -- the same after applying a quick fix
  lines_after_fix = nil,
  action = nil,
  errors = {},
  elapsed_ms = {},
}
local t0 = vim.loop.hrtime()
local main
local function ms() return math.floor((vim.loop.hrtime() - t0) / 1e6) end

local function finish(code)
  local f = assert(io.open(out, 'w'))
  f:write(vim.json.encode(result))
  f:close()
  vim.cmd(code == 0 and 'qa!' or 'cq!')
end

local function snapshot()
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local line = vim.api.nvim_buf_get_lines(buf, d.lnum, d.lnum + 1, false)[1] or ''
    local text = d.end_lnum == d.lnum and line:sub(d.col + 1, d.end_col) or nil
    local lsp = d.user_data and d.user_data.lsp or {}
    table.insert(list, {
      lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
      severity = d.severity, message = d.message, source = d.source,
      code = lsp.code, text = text,
    })
  end
  return list
end

function main()
buf = vim.api.nvim_get_current_buf()
fname = vim.api.nvim_buf_get_name(buf)
result.file = fname
result.filetype = vim.bo[buf].filetype
local cmd = vim.json.decode(os.getenv('SHENGAO_NVIM_CMD') or 'null')
local settings = vim.json.decode(os.getenv('SHENGAO_NVIM_SETTINGS') or '{}')
local default_publish = vim.lsp.handlers['textDocument/publishDiagnostics']
local client_id = vim.lsp.start_client({
  name = 'shengao',
  cmd = cmd,
  root_dir = vim.fn.fnamemodify(fname, ':p:h'),
  settings = settings,
  -- Neovim 0.7 answers workspace/configuration but does not advertise it, and pushes nothing by itself:
  -- send the settings once initialized, as nvim-lspconfig does.
  on_init = function(client)
    client.notify('workspace/didChangeConfiguration', { settings = client.config.settings })
  end,
  -- Neovim calls plain text "text"; the LSP language id is "plaintext".
  get_language_id = function(_, ft) return ft == 'text' and 'plaintext' or ft end,
  handlers = {
    ['textDocument/publishDiagnostics'] = function(err, params, ctx, config)
      table.insert(result.publishes, { at_ms = ms(), params = params })
      return default_publish(err, params, ctx, config)
    end,
  },
  on_exit = function(code, signal)
    if code ~= 0 then table.insert(result.errors, 'server exited with ' .. code .. '/' .. signal) end
  end,
})
if not client_id then
  table.insert(result.errors, 'start_client failed')
  return finish(1)
end
vim.lsp.buf_attach_client(buf, client_id)

local function diags_for(rule)
  local n = 0
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    if not rule or (d.user_data and d.user_data.lsp and d.user_data.lsp.code == rule) then n = n + 1 end
  end
  return n
end

-- 1. Wait for the first publish (even an empty one: that is the negative control's signal).
if not vim.wait(wait_ms, function() return #result.publishes > 0 end, 50) then
  table.insert(result.errors, 'no publishDiagnostics within ' .. wait_ms .. ' ms')
  return finish(1)
end
result.elapsed_ms.first_publish = ms()
-- A server may publish an empty list before its first real run: give it time for a non-empty one.
vim.wait(math.min(wait_ms, 5000), function() return diags_for(nil) > 0 end, 50)
vim.wait(300) -- collect anything that follows
result.diagnostics = snapshot()
result.elapsed_ms.diagnostics = ms()

-- 2. Optionally ask for the quick fix of one rule, apply it, and wait for that finding to go.
if fix_rule and diags_for(fix_rule) > 0 then
  local client = vim.lsp.get_client_by_id(client_id)
  local target
  for _, p in ipairs(result.publishes[#result.publishes].params.diagnostics) do
    if p.code == fix_rule then target = p break end
  end
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(buf) },
    range = target.range,
    context = { diagnostics = { target }, only = { 'quickfix' } },
  }
  local resp = client.request_sync('textDocument/codeAction', params, wait_ms, buf)
  if not resp or resp.err then
    table.insert(result.errors, 'codeAction failed: ' .. vim.inspect(resp and resp.err))
    return finish(1)
  end
  local chosen
  for _, a in ipairs(resp.result or {}) do
    if a.edit and a.diagnostics and #a.diagnostics > 0 and a.diagnostics[1].code == fix_rule then chosen = a break end
  end
  if not chosen then
    table.insert(result.errors, 'no quick fix with an edit for ' .. fix_rule)
    return finish(1)
  end
  result.action = { title = chosen.title, kind = chosen.kind }
  local before = diags_for(fix_rule)
  vim.lsp.util.apply_workspace_edit(chosen.edit, client.offset_encoding)
  if not vim.wait(wait_ms, function() return diags_for(fix_rule) < before end, 50) then
    table.insert(result.errors, 'finding ' .. fix_rule .. ' did not go after the fix')
  end
  result.elapsed_ms.after_fix = ms()
  result.after_fix = snapshot()
  result.lines_after_fix = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
end

vim.lsp.stop_client(client_id)
finish(#result.errors == 0 and 0 or 1)
end

-- Any Lua error still ends Neovim (with a failure code) and leaves the result file for the test to show.
vim.api.nvim_create_autocmd('VimEnter', {
  once = true,
  callback = function()
    local ok, err = xpcall(main, debug.traceback)
    if not ok then
      table.insert(result.errors, 'lua error: ' .. tostring(err))
      finish(1)
    end
  end,
})
