// Command helmignore-oracle answers, with Helm's own code (helm.sh/helm/v3/pkg/ignore at the
// version tools/go.mod pins), which paths a .helmignore ignores: the tests compare the
// validator's port (src/repo/helmignore.ts) with it on random input. It is not a tool the
// action ships or runs.
//
// Input, one JSON object a line: {"ignore": base64 of the file, "paths": [...], "dirs": [...]}.
// Output, one a line: {"err": Helm's parse error} or {"ignored": [...]}, with Helm's
// built-in rule added as its chart loader adds it.
package main

import (
	"bufio"
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"os"
	"time"

	"helm.sh/helm/v3/pkg/ignore"
)

// info is the os.FileInfo Rules.Ignore asks for: only IsDir matters to it.
type info struct{ dir bool }

func (f info) Name() string { return "" }
func (f info) Size() int64  { return 0 }
func (f info) Mode() os.FileMode {
	if f.dir {
		return os.ModeDir
	}
	return 0
}
func (f info) ModTime() time.Time { return time.Time{} }
func (f info) IsDir() bool        { return f.dir }
func (f info) Sys() any           { return nil }

type request struct {
	Ignore string   `json:"ignore"`
	Paths  []string `json:"paths"`
	Dirs   []bool   `json:"dirs"`
}

type answer struct {
	Err     string `json:"err,omitempty"`
	Ignored []bool `json:"ignored"`
}

func main() {
	log.SetOutput(io.Discard) // pkg/ignore logs patterns that fail to match
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<20), 1<<26)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for in.Scan() {
		var req request
		if err := json.Unmarshal(in.Bytes(), &req); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		data, err := base64.StdEncoding.DecodeString(req.Ignore)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		ans := answer{Ignored: []bool{}}
		rules, err := ignore.Parse(bytes.NewReader(data))
		if err != nil {
			ans.Err = err.Error()
		} else {
			rules.AddDefaults()
			for i, p := range req.Paths {
				ans.Ignored = append(ans.Ignored, rules.Ignore(p, info{req.Dirs[i]}))
			}
		}
		b, _ := json.Marshal(ans)
		fmt.Fprintln(out, string(b))
	}
}
