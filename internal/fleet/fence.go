package fleet

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	clientv3 "go.etcd.io/etcd/client/v3"

	"github.com/outrunner/outrunner/internal/journal"
)

// writeTimeout bounds one fenced write.
const writeTimeout = 5 * time.Second

// fence is the condition of every write of term: its election key still
// exists with its creation revision, on its lease.
func fence(t Term) []clientv3.Cmp {
	return []clientv3.Cmp{
		clientv3.Compare(clientv3.CreateRevision(t.Key), "=", t.Rev),
		clientv3.Compare(clientv3.LeaseValue(t.Key), "=", t.Lease),
	}
}

// Fenced runs ops in one etcd transaction that succeeds only while term's
// election key holds: a leader deposed meanwhile (its lease expired while
// it was frozen, say) gets ErrNotLeader and nothing is written. extra adds
// conditions of the caller's own.
func (n *Node) Fenced(ctx context.Context, t Term, extra []clientv3.Cmp, ops ...clientv3.Op) error {
	ctx, cancel := context.WithTimeout(ctx, writeTimeout)
	defer cancel()
	resp, err := n.client.Txn(ctx).If(append(fence(t), extra...)...).Then(ops...).Commit()
	if err != nil {
		return fmt.Errorf("etcd: %w", err)
	}
	if !resp.Succeeded {
		return ErrNotLeader
	}
	return nil
}

// leaderTerm returns the node's current term for scaleSet, or ErrNotLeader.
func (n *Node) leaderTerm(scaleSet string) (Term, error) {
	t, ok := n.CurrentTerm(scaleSet)
	if !ok {
		return Term{}, ErrNotLeader
	}
	return t, nil
}

// sessionKey holds a scale set's GitHub message session (IDs only).
func (n *Node) sessionKey(scaleSet string) string { return n.key("scalesets", scaleSet, "session") }

// Sessions records each scale set's GitHub message session in etcd, where
// the next leader finds it: it deletes that session and creates its own at
// once instead of waiting for GitHub to expire it. It has the methods of
// the state directory's record (journal.Sessions); writes are fenced, so
// only the current leader records or forgets a session.
type Sessions struct{ n *Node }

// Sessions returns the node's session record.
func (n *Node) Sessions() *Sessions { return &Sessions{n: n} }

// Get returns the session recorded for a scale set; an unreadable record
// counts as none (GitHub then expires it).
func (s *Sessions) Get(scaleSet string) (journal.Session, bool) {
	e, _, err := s.get(scaleSet)
	if err != nil || e == nil {
		return journal.Session{}, false
	}
	return *e, true
}

func (s *Sessions) get(scaleSet string) (*journal.Session, int64, error) {
	ctx, cancel := context.WithTimeout(s.n.ctx, writeTimeout)
	defer cancel()
	resp, err := s.n.client.Get(ctx, s.n.sessionKey(scaleSet))
	if err != nil {
		return nil, 0, fmt.Errorf("etcd: %w", err)
	}
	if len(resp.Kvs) == 0 {
		return nil, 0, nil
	}
	var e journal.Session
	if err := json.Unmarshal(resp.Kvs[0].Value, &e); err != nil || e.SessionID == "" {
		return nil, resp.Kvs[0].ModRevision, nil
	}
	return &e, resp.Kvs[0].ModRevision, nil
}

// Put records a scale set's session, fenced on the node's leadership of it.
func (s *Sessions) Put(e journal.Session) error {
	t, err := s.n.leaderTerm(e.ScaleSet)
	if err != nil {
		return err
	}
	if e.CreatedAt.IsZero() {
		e.CreatedAt = time.Now()
	}
	b, err := json.Marshal(e)
	if err != nil {
		return err
	}
	return s.n.Fenced(s.n.ctx, t, nil, clientv3.OpPut(s.n.sessionKey(e.ScaleSet), string(b)))
}

// Forget removes a scale set's session if it is still sessionID ("" for
// any), fenced on the node's leadership.
func (s *Sessions) Forget(scaleSet, sessionID string) error {
	t, err := s.n.leaderTerm(scaleSet)
	if err != nil {
		return err
	}
	e, rev, err := s.get(scaleSet)
	if err != nil {
		return err
	}
	if rev == 0 || (sessionID != "" && (e == nil || e.SessionID != sessionID)) {
		return nil
	}
	k := s.n.sessionKey(scaleSet)
	err = s.n.Fenced(s.n.ctx, t, []clientv3.Cmp{clientv3.Compare(clientv3.ModRevision(k), "=", rev)}, clientv3.OpDelete(k))
	if errors.Is(err, ErrNotLeader) {
		if _, still := s.n.CurrentTerm(scaleSet); still {
			// The record changed under us, not the leadership.
			return nil
		}
	}
	return err
}
