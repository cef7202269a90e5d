package runnerproto

import (
	"encoding/base64"
	"errors"
	"strings"
	"testing"
)

func TestJITConfigRoundTrip(t *testing.T) {
	in := JITConfig{Version: Version, URL: "http://127.0.0.1:1", RunnerID: 3, RunnerName: "r", ScaleSetID: 2, Secret: "s3cr3t"}
	enc, err := in.Encode()
	if err != nil {
		t.Fatal(err)
	}
	out, err := DecodeJITConfig(enc)
	if err != nil || out != in {
		t.Fatalf("round trip: %+v, %v", out, err)
	}
	if strings.Contains(out.String(), "s3cr3t") {
		t.Fatal("String leaks the secret")
	}
}

func TestDecodeJITConfigErrors(t *testing.T) {
	enc := func(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) }
	for name, in := range map[string]string{
		"not base64":   "!!!",
		"not json":     enc("nope"),
		"old version":  enc(`{"v":0,"url":"http://x","runner_id":1,"secret":"s"}`),
		"no runner":    enc(`{"v":1,"url":"http://x","secret":"s"}`),
		"no secret":    enc(`{"v":1,"url":"http://x","runner_id":1}`),
		"relative url": enc(`{"v":1,"url":"/x","runner_id":1,"secret":"s"}`),
		"ftp url":      enc(`{"v":1,"url":"ftp://x","runner_id":1,"secret":"topsecret"}`),
	} {
		_, err := DecodeJITConfig(in)
		if !errors.Is(err, ErrInvalidJITConfig) {
			t.Errorf("%s: %v", name, err)
		}
		if err != nil && strings.Contains(err.Error(), "topsecret") {
			t.Errorf("%s: error leaks the input", name)
		}
	}
}

func FuzzDecodeJITConfig(f *testing.F) {
	good, _ := JITConfig{Version: Version, URL: "http://127.0.0.1:1", RunnerID: 1, Secret: "s"}.Encode()
	for _, s := range []string{good, "", "e30=", "!!", base64.StdEncoding.EncodeToString([]byte(`{"v":1,"url":":","runner_id":1,"secret":"s"}`))} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := DecodeJITConfig(s)
		if err == nil {
			if c.RunnerID <= 0 || c.Secret == "" || c.Version != Version {
				t.Fatalf("accepted an invalid config: %+v", c)
			}
			again, err := c.Encode()
			if err != nil {
				t.Fatal(err)
			}
			if c2, err := DecodeJITConfig(again); err != nil || c2 != c {
				t.Fatalf("re-encoding changed the config: %+v, %v", c2, err)
			}
		}
	})
}
