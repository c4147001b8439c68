/// The bottom row: the prompt being typed, else the last message, else a hint of the main keys.
enum MessageLine {
    static func draw(_ state: AppState, on canvas: inout Canvas) {
        let row = canvas.height - 1
        canvas.fill(Rect(x: 0, y: row, width: canvas.width, height: 1))
        if let prompt = state.prompt {
            let text = prompt.label + prompt.text
            // Keep the end of a long entry in view.
            var shown = text
            while canvas.displayWidth.of(shown) > canvas.width - 1, !shown.isEmpty { shown.removeFirst() }
            let x = canvas.put(shown, x: 0, y: row, role: .normal)
            canvas.put("_", x: x, y: row, role: .cursor)
        } else if let message = state.message {
            canvas.put(canvas.displayWidth.fit(message.text, to: canvas.width), x: 0, y: row, role: message.isError ? .error : .normal)
        } else {
            canvas.put(canvas.displayWidth.fit(hint(for: state.keyContext), to: canvas.width), x: 0, y: row, role: .normal)
        }
    }

    static func hint(for context: KeyContext) -> String {
        switch context {
        case .list: "Enter open  / filter  s sort  S reverse  ? help  q quit"
        case .outline, .text, .figures:
            "Tab pane  ]/[ section  1-9 part  u unchecked  x check  d dispute  c clear  / search  w warnings  ? help  q back"
        case .page: "j/k scroll  PgUp/PgDn page  q back"
        }
    }
}
