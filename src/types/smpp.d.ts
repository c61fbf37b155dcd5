// The part of smpp 0.5.1 (CommonJS, untyped) that the notifications context uses.
// Import it as `import smpp from 'smpp'`: most of its exports are copied in a loop,
// which Node cannot detect as named ESM exports.
declare module 'smpp' {
  import type { EventEmitter } from 'node:events';
  import type { Socket, Server as NetServer } from 'node:net';

  namespace smpp {
    /** How the library hands over short_message / message_payload after decoding. */
    type DecodedMessage = { udh?: Buffer[]; message: string | Buffer };

    /** The parameters a PDU may carry; the library names them as the SMPP specification does. */
    interface PduParams {
      command_status?: number;
      sequence_number?: number;
      system_id?: string;
      password?: string;
      system_type?: string;
      interface_version?: number;
      service_type?: string;
      source_addr_ton?: number;
      source_addr_npi?: number;
      source_addr?: string;
      dest_addr_ton?: number;
      dest_addr_npi?: number;
      destination_addr?: string;
      esm_class?: number;
      registered_delivery?: number;
      data_coding?: number;
      /** A Buffer is sent as is (data_coding untouched); a string is encoded by the library. */
      short_message?: Buffer | string | DecodedMessage;
      message_payload?: Buffer | string | DecodedMessage;
      message_id?: string;
      receipted_message_id?: string;
      message_state?: number;
    }

    class PDU implements PduParams {
      constructor(command: string, options?: PduParams);
      command: string;
      command_id: number;
      command_status: number;
      sequence_number: number;
      system_id?: string;
      password?: string;
      source_addr?: string;
      destination_addr?: string;
      esm_class?: number;
      registered_delivery?: number;
      data_coding?: number;
      short_message?: Buffer | string | DecodedMessage;
      message_payload?: Buffer | string | DecodedMessage;
      message_id?: string;
      receipted_message_id?: string;
      message_state?: number;
      isResponse(): boolean;
      response(options?: PduParams): PDU;
    }

    type ResponseCallback = (pdu: PDU) => void;

    class Session extends EventEmitter {
      socket: Socket;
      /** Returns false (and never calls back) when the socket is not writable. */
      send(pdu: PDU, onResponse?: ResponseCallback, onSent?: ResponseCallback): boolean;
      bind_transceiver(options: PduParams, onResponse?: ResponseCallback): boolean;
      submit_sm(options: PduParams, onResponse?: ResponseCallback): boolean;
      deliver_sm(options: PduParams, onResponse?: ResponseCallback): boolean;
      enquire_link(options?: PduParams, onResponse?: ResponseCallback): boolean;
      unbind(options?: PduParams, onResponse?: ResponseCallback): boolean;
      pause(): void;
      resume(): void;
      close(callback?: () => void): void;
      destroy(callback?: () => void): void;
    }

    class Server extends NetServer {
      sessions: Session[];
    }

    interface ConnectOptions {
      url?: string;
      host?: string;
      port?: number;
      auto_enquire_link_period?: number;
    }

    function connect(options: ConnectOptions | string, listener?: () => void): Session;
    function createServer(listener?: (session: Session) => void): Server;
    function createServer(options: object, listener?: (session: Session) => void): Server;
    /** Status names (ESME_ROK, ESME_RTHROTTLED, ...) to their numeric command_status. */
    const errors: Record<string, number>;
  }

  export = smpp;
}
