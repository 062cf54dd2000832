;;; emacs.el --- Emacs 28 + eglot (batch) as an independent LSP client for shengao  -*- lexical-binding: t -*-
;; Run: emacs --batch -Q -l test/e2e/emacs.el   (see test/e2e-emacs.test.ts)
;; Environment:
;;   SHENGAO_EMACS_FILE      the draft to open (absolute path)
;;   SHENGAO_EMACS_OUT       where to write the JSON result (absolute path)
;;   SHENGAO_EMACS_CMD       JSON array: the server command
;;   SHENGAO_EMACS_ENABLE    "false" to answer shengao.enable = false (the negative control)
;;   SHENGAO_EMACS_WAIT      seconds to wait (default 20)
(require 'cl-lib)
(require 'json)
(require 'eglot)
(require 'flymake)

;; Emacs 28 has no markdown-mode: a minimal one, so that the language id is "markdown".
(define-derived-mode markdown-mode text-mode "Markdown")
(add-to-list 'auto-mode-alist '("\\.md\\'" . markdown-mode))

(defvar shengao-out (getenv "SHENGAO_EMACS_OUT"))
(defvar shengao-wait (string-to-number (or (getenv "SHENGAO_EMACS_WAIT") "20")))
(defvar shengao-published nil "Raw publishDiagnostics params, newest first.")
(defvar shengao-errors nil)

(cl-defmethod eglot-handle-notification :before
  (_server (_method (eql textDocument/publishDiagnostics)) &key uri diagnostics &allow-other-keys)
  (push (list (cons 'uri uri) (cons 'count (length diagnostics))
              (cons 'diagnostics
                    (cl-map 'vector
                            (lambda (d)
                              (let ((start (plist-get (plist-get d :range) :start)))
                                (list (cons 'code (plist-get d :code))
                                      (cons 'line (plist-get start :line))
                                      (cons 'character (plist-get start :character)))))
                            diagnostics)))
        shengao-published))

(defun shengao-finish (code result)
  (with-temp-file shengao-out
    (insert (json-encode result)))
  (kill-emacs code))

(defun shengao-flymake ()
  "Flymake's view of the diagnostics: Emacs lines, character offsets in the line, and the text under each."
  (cl-map 'vector
          (lambda (d)
            (let ((beg (flymake-diagnostic-beg d)) (end (flymake-diagnostic-end d)))
              (list (cons 'line (line-number-at-pos beg))
                    (cons 'char (- beg (save-excursion (goto-char beg) (line-beginning-position))))
                    (cons 'text (buffer-substring-no-properties beg end))
                    (cons 'type (symbol-name (flymake-diagnostic-type d)))
                    (cons 'message (flymake-diagnostic-text d)))))
          (sort (flymake-diagnostics) (lambda (a b) (< (flymake-diagnostic-beg a) (flymake-diagnostic-beg b))))))

(condition-case err
    (let* ((cmd (append (json-parse-string (getenv "SHENGAO_EMACS_CMD") :array-type 'list) nil))
           (enable (if (equal (getenv "SHENGAO_EMACS_ENABLE") "false") :json-false t))
           (t0 (float-time)))
      (setq-default eglot-workspace-configuration `((:shengao . (:enable ,enable))))
      (add-to-list 'eglot-server-programs `(markdown-mode . ,cmd))
      (find-file (getenv "SHENGAO_EMACS_FILE"))
      (apply #'eglot (eglot--guess-contact))
      (with-timeout (shengao-wait (push "no publishDiagnostics in time" shengao-errors))
        (while (not shengao-published) (accept-process-output nil 0.05)))
      ;; A run may publish an empty list first: give it a moment for a non-empty one, then let flymake catch up.
      (with-timeout ((min shengao-wait 5) nil)
        (while (cl-every (lambda (p) (= 0 (alist-get 'count p))) shengao-published)
          (accept-process-output nil 0.05)))
      (let ((deadline (+ (float-time) 3)))
        (while (and (< (float-time) deadline)
                    (< (length (flymake-diagnostics)) (alist-get 'count (car shengao-published))))
          (accept-process-output nil 0.05)))
      (shengao-finish (if shengao-errors 1 0)
                      (list (cons 'emacs emacs-version)
                            (cons 'mode (symbol-name major-mode))
                            (cons 'elapsed (- (float-time) t0))
                            (cons 'published (vconcat (reverse shengao-published)))
                            (cons 'flymake (shengao-flymake))
                            (cons 'errors (vconcat shengao-errors)))))
  (error (shengao-finish 1 (list (cons 'errors (vector (format "%S" err)))
                                 (cons 'published (vconcat (reverse shengao-published)))))))
